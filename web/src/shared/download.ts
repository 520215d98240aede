// Hands a file the page received (a POSTed PDF of QR codes) to the browser as a download.
export function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The download has started by the next tick; the object URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
