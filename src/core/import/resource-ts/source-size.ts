/** UTF-8 size of a string, i.e. its size as a file, without TextEncoder's full copy. Stops early past `limit`. */
export function utf8Size(source: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < source.length && bytes <= limit; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}
