import type { TransferFile } from '../../scenarios/transfer';

/** Hands a file to the browser's download: a temporary object URL on an `<a download>`. */
export const downloadFile = (file: TransferFile): void => {
  const blob = new Blob([file.contents as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
