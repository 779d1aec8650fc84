// /llms.txt: the site for assistants that read sites (src/site/llms.ts).

import type { APIRoute } from 'astro';
import { llmsIndex } from '../site/llms.ts';

export const GET: APIRoute = () => new Response(llmsIndex(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
