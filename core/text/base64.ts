// atob/btoa exist in every runtime core/ targets (browsers, workers, Node >= 16),
// but core/ compiles without DOM or Node typings, so they are declared here.
declare function atob(data: string): string;
declare function btoa(data: string): string;

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    // apply() takes the typed array as it is; spreading it first is several times slower.
    binary += String.fromCharCode.apply(null, bytes.subarray(start, start + CHUNK) as unknown as number[]);
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
