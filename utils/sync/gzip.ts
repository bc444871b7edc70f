// gzip through the platform's CompressionStream (service workers in Chrome and Firefox, Node 18+),
// as base64 text: storage.sync stores JSON, and base64 needs no escaping inside a JSON string.
// An item stored this way is the string 'z' + base64; a plain item is an array (codec.ts).

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export async function gzipText(text: string): Promise<string> {
  return 'z' + toBase64(await pipe(new TextEncoder().encode(text), new CompressionStream('gzip')));
}

export async function gunzipText(stored: string): Promise<string> {
  return new TextDecoder().decode(await pipe(fromBase64(stored.slice(1)), new DecompressionStream('gzip')));
}

export const isGzipped = (value: unknown): value is string => typeof value === 'string' && value[0] === 'z';
