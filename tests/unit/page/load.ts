// Fixture loading for the page-reader tests (DOM tests run in happy-dom).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not a URL object: happy-dom replaces the global URL.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const fixtureText = (rel: string) => readFileSync(join(FIXTURES, rel), 'utf8');
export const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

// The trending capture links /front/…/style.css; tell happy-dom a disabled load is no error.
const happy = (globalThis as { happyDOM?: { settings?: Record<string, unknown> } }).happyDOM;
if (happy?.settings) happy.settings.handleDisabledFileLoadingAsSuccess = true;
export const loadFixture = (rel: string) => parseHtml(fixtureText(rel));
/** The raw API dump items (loosely typed: tests compare against whatever the JSON holds). */
export type ApiItem = { paper: { id: string; [k: string]: any }; [k: string]: any };
export const apiItems = (date: '2024-05-27' | '2025-06-18') =>
  JSON.parse(fixtureText(`hf/hf-api-daily_papers_date-${date}.json`)) as ApiItem[];

export const TRENDING = 'hf/hf-trending-2026-10_page-excerpt.html';
export const TRENDING_URL = 'https://huggingface.co/papers/trending';
export const TRENDING_IDS = ['2610.05608', '2609.08183', '2508.16279'];
