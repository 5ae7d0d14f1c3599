import { TEMPLATE_LIMITS } from './templateLayout';

const NOT_XLSX = 'Filen är ingen Excelarbetsbok (.xlsx). Spara den som Excelarbetsbok och försök igen.';
const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Refuses, before any unpacking, a file that is too large, is not a zip archive, or would unpack to far more
 * than a filled-in template ever does (a "zip bomb"): an .xlsx is a zip, whose central directory at its end
 * states every entry's unpacked size. Returns a Swedish message, or `undefined` when the file may be read.
 *
 * @example
 *   zipProblem(new Uint8Array(6 * 1024 * 1024)); // 'Filen är 6 MB; en ifylld mall är högst 5 MB.'
 */
export const zipProblem = (bytes: Uint8Array): string | undefined => {
  if (bytes.byteLength > TEMPLATE_LIMITS.bytes)
    return `Filen är ${MB(bytes.byteLength)}; en ifylld mall är högst ${MB(TEMPLATE_LIMITS.bytes)}.`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, after at most a 64 kB comment.
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return NOT_XLSX;
  const entries = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return NOT_XLSX;
  if (entries > TEMPLATE_LIMITS.entries)
    return `Filen har ${entries} delar; en mall har färre än ${TEMPLATE_LIMITS.entries}.`;
  let unpacked = 0;
  for (let i = 0, at = offset; i < entries; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) return NOT_XLSX;
    unpacked += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (unpacked > TEMPLATE_LIMITS.unpackedBytes)
    return `Filen packas upp till ${MB(unpacked)}; en ifylld mall är mycket mindre. Börja från en ny mall.`;
  return undefined;
};
