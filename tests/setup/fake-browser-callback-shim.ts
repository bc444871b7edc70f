// @webext-core/messaging v4 calls chrome.runtime.sendMessage(msg, callback) and reads
// runtime.lastError; WXT's fake browser is promise-based and stubs lastError as truthy.
// Without this shim every sendMessage waits out its timeout in unit tests.
import { fakeBrowser } from 'wxt/testing/fake-browser';

const runtime = fakeBrowser.runtime as any;
runtime.lastError = undefined;
const promiseSend = runtime.sendMessage;
runtime.sendMessage = (...args: any[]) => {
  const cb = typeof args.at(-1) === 'function' ? args.pop() : undefined;
  if (!cb) return promiseSend(...args);
  const msg = args.length > 1 && typeof args[0] === 'string' ? args[1] : args[0];
  if (!runtime.onMessage.hasListeners()) throw Error('No listeners available');
  // Unit tests speak as PaperSift's own Library page (privileged messages are allowed).
  void runtime.onMessage.trigger(msg, { id: runtime.id, url: runtime.getURL('/options.html') }, cb);
};
