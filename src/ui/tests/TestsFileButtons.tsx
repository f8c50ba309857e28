import { memo, useState } from 'react';
import { parseTestsFile, serializeTestsFile, TESTS_FILE_NAME } from '../../core';
import { useAppStore } from '../../state';
import { FilePickerButton } from '../common/FilePickerButton';
import { downloadText } from '../exports/download';

/**
 * The tests file beside resource.ts (`amplify/storage/access.tests.json`, what the CLI runs):
 * download the design's tests as one, or add the tests of one. A file that cannot be read says
 * where (line and column) and changes nothing.
 */
export const TestsFileButtons = memo(function TestsFileButtons() {
  const tests = useAppStore((s) => s.design.tests);
  const edit = useAppStore((s) => s.edit);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="tests-file">
      <button
        type="button"
        className="btn"
        disabled={!tests || tests.length === 0}
        onClick={() =>
          downloadText(TESTS_FILE_NAME, serializeTestsFile(tests ?? []), 'application/json')
        }
      >
        Download {TESTS_FILE_NAME}
      </button>
      <FilePickerButton
        accept=".json,application/json"
        onPick={(text, name) => {
          const parsed = parseTestsFile(text);
          if (!parsed.ok) return setError(`${name}: ${parsed.error}`);
          setError(null);
          edit({ type: 'addTests', tests: parsed.tests });
        }}
      >
        Import tests file…
      </FilePickerButton>
      {error && (
        <p role="alert" className="test-problem">
          {error}
        </p>
      )}
    </div>
  );
});
