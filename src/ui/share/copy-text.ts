/** Copies text; says what happened in words for a status line. */
export async function copyText(text: string, what: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return `${what} copied to the clipboard.`;
  } catch {
    return `The browser blocked copying: select the ${what.toLowerCase()} below and copy it.`;
  }
}
