// Save text or an image as a file the browser downloads; nothing is sent anywhere.
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A byte-order mark so that spreadsheet programs read UTF-8 names correctly.
  downloadBlob(filename, new Blob(['\ufeff', text], { type }));
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
