// /llms-full.txt: the whole text with every clause's address (src/site/llms.ts).

import type { APIRoute } from 'astro';
import { llmsFull } from '../site/llms.ts';

export const GET: APIRoute = () => new Response(llmsFull(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
