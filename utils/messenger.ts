// Typed messaging between the extension's contexts: @webext-core/messaging v4's wire format and
// types (a message is { id, type, data, timestamp }, a reply { res } or { err }), written out
// here because the library and its error serializer were ≈ 0.9 KB of the content script's
// 20 KB gzipped budget (docs/PERFORMANCE.md#content-script-size). Same rules: one handler per
// message type per context (a second throws); a handler's error rejects the sender's promise.
import type { ExtensionMessenger } from '@webext-core/messaging';

interface Wire { id: number; type: string; data: unknown; timestamp: number }
interface Reply { res?: unknown; err?: unknown }
type Target = number | { tabId: number; frameId?: number } | undefined;
type Listener = (message: Wire, sender: unknown, sendResponse: (r: Reply) => void) => boolean;
/** The callback-style chrome.* API, as the library used it (also under Firefox); read on each use. */
const api = () => (globalThis as unknown as { chrome: {
  runtime: {
    sendMessage(message: Wire, callback: (reply: Reply | undefined) => void): void;
    lastError?: { message?: string };
    onMessage: { addListener(f: Listener): void; removeListener(f: Listener): void };
  };
  tabs: { sendMessage(tabId: number, message: Wire, options: { frameId: number } | undefined, callback: (reply: Reply | undefined) => void): void };
} }).chrome;

let nextId = Math.floor(Math.random() * 1e4);

/** An error as it crosses contexts: its name, message and own fields (a thrown non-Error as it is). */
const toWire = (e: unknown) => (e instanceof Error ? { ...e, name: e.name, message: e.message } : e);
const fromWire = (err: unknown) => (typeof (err as Error)?.message === 'string' ? Object.assign(new Error(), err) : err);

function send(message: Wire, to: Target): Promise<Reply | undefined> {
  if (to == null) {
    const { runtime } = api();
    return new Promise((resolve, reject) => runtime.sendMessage(message, (reply) => {
      if (runtime.lastError) reject(new Error(runtime.lastError.message));
      else resolve(reply);
    }));
  }
  const { tabId, frameId } = typeof to === 'number' ? { tabId: to, frameId: undefined } : to;
  return new Promise((resolve) => api().tabs.sendMessage(tabId, message, frameId != null ? { frameId } : undefined, resolve));
}

export function defineMessenger<P extends Record<string, any>>(): ExtensionMessenger<P> {
  const handlers: Record<string, (message: unknown) => unknown> = {};
  const listener: Listener = (message, sender, sendResponse) => {
    if (typeof message?.type !== 'string' || typeof message.timestamp !== 'number') return false;
    const handler = handlers[message.type];
    if (!handler) return false; // another context's message
    (async () => handler({ ...message, sender }))().then((res) => sendResponse({ res }), (e) => sendResponse({ err: toWire(e) }));
    return true; // answers later
  };
  let listening = false;
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    if (on) api().runtime.onMessage.addListener(listener);
    else api().runtime.onMessage.removeListener(listener);
  };
  const messenger = {
    async sendMessage(type: string, data?: unknown, to?: Target) {
      const reply = (await send({ id: nextId++, type, data, timestamp: Date.now() }, to)) ?? { err: new Error('No response') };
      if (reply.err != null) throw fromWire(reply.err);
      return reply.res;
    },
    onMessage(type: string, handler: (message: unknown) => unknown) {
      if (handlers[type]) throw new Error(`One listener per message type: ${type}`);
      handlers[type] = handler;
      listen(true);
      return () => {
        if (handlers[type] === handler) delete handlers[type];
        listen(Object.keys(handlers).length > 0);
      };
    },
    removeAllListeners() {
      for (const type of Object.keys(handlers)) delete handlers[type];
      listen(false);
    },
  };
  return messenger as unknown as ExtensionMessenger<P>;
}
