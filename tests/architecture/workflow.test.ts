// The GitHub Pages workflow (.github/workflows/pages.yml), read as YAML: it builds what npm run build
// builds for the Pages address, publishes only what passed npm test, and is hardened: no permission
// by default and each job only what it needs, every action pinned to a full commit, checkout without
// a stored token. Nothing here runs the workflow; it holds the file to what the README says of it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deployment } from '../../src/site-config.ts';

const ROOT = join(import.meta.dirname, '../..');
const TEXT = readFileSync(join(ROOT, '.github/workflows/pages.yml'), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
const workflow = parse(TEXT) as { permissions?: Record<string, string>; jobs: Record<string, Job> };
const jobs = Object.entries(workflow.jobs);
const needsOf = (job: Job) => [job.needs ?? []].flat();
const runs = (job: Job, command: string) => job.steps.some((s) => s.run?.trim() === command);
const uses = (job: Job, action: string) => job.steps.some((s) => s.uses?.startsWith(`${action}@`));
/** The one job (name and body) that does something; throws when none or several do. */
function theJob(what: string, test: (job: Job) => boolean): [string, Job] {
  const found = jobs.filter(([, job]) => test(job));
  if (found.length !== 1) throw new Error(`expected one job that ${what}, found ${found.length}: ${found.map(([name]) => name).join(', ')}`);
  return found[0]!;
}

describe('the GitHub Pages workflow is hardened', () => {
  it('grants no permission by default, and every job states its own', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of jobs) expect(job.permissions, name).toBeTypeOf('object');
  });

  it('lets the jobs that run npm ci only read the repository', () => {
    const installing = jobs.filter(([, job]) => runs(job, 'npm ci'));
    expect(installing.length).toBeGreaterThanOrEqual(2);
    for (const [name, job] of installing) expect(job.permissions, name).toEqual({ contents: 'read' });
  });

  it('gives pages: write and id-token: write to the deploy job alone, which runs no code of ours', () => {
    const [name, deploy] = theJob('deploys', (job) => uses(job, 'actions/deploy-pages'));
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.filter((s) => s.run || s.uses?.startsWith('actions/checkout@'))).toEqual([]);
    for (const [other, job] of jobs.filter(([n]) => n !== name)) {
      expect(Object.values(job.permissions ?? {}), other).not.toContain('write');
    }
  });

  it('pins every action to a full commit SHA, with its release tag in a comment', () => {
    const lines = TEXT.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    const steps = jobs.flatMap(([, job]) => job.steps).filter((s) => s.uses);
    expect(lines.length, 'every uses: is a line of its own').toBe(steps.length);
    for (const line of lines) expect(line.trim(), line.trim()).toMatch(/^(-\s+)?uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    for (const step of steps) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it('checks out without leaving the token in the clone', () => {
    const checkouts = jobs.flatMap(([, job]) => job.steps).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThanOrEqual(2);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });

  it('deploys only after npm test passed: the deploy job needs the job that tests and the job that uploads', () => {
    const [test, testJob] = theJob('runs npm test', (job) => runs(job, 'npm test'));
    const [build] = theJob('uploads the site', (job) => uses(job, 'actions/upload-pages-artifact'));
    const [, deploy] = theJob('deploys', (job) => uses(job, 'actions/deploy-pages'));
    expect(needsOf(deploy)).toEqual(expect.arrayContaining([test, build]));
    const at = (command: string) => testJob.steps.findIndex((s) => s.run?.trim() === command);
    expect(at('npm ci')).toBeGreaterThan(testJob.steps.findIndex((s) => !!s.uses?.startsWith('actions/setup-node@')));
    expect(at('npm test')).toBeGreaterThan(at('npm ci'));
    expect(testJob.steps.find((s) => s.run?.includes('apt-get install'))?.run).toMatch(/\sfonts-noto-cjk\s+poppler-utils\s+nginx(\s|$)/);
  });
});

describe('the GitHub Pages workflow builds and publishes the site', () => {
  const uploading = () => theJob('uploads the site', (job) => uses(job, 'actions/upload-pages-artifact'));
  const index = (test: (s: Step) => boolean) => uploading()[1].steps.findIndex(test);

  it('builds with npm run build, taking SITE_URL and BASE_PATH from the configure-pages step', () => {
    const [buildName, buildJob] = uploading();
    const [pagesName, pagesJob] = theJob('reads the Pages address', (job) => uses(job, 'actions/configure-pages'));
    const pages = pagesJob.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id, 'configure-pages needs an id for its outputs').toBeTruthy();
    expect(pagesJob.outputs).toEqual({ origin: `\${{ steps.${pages!.id}.outputs.origin }}`, base_path: `\${{ steps.${pages!.id}.outputs.base_path }}` });
    expect(needsOf(buildJob), `${buildName} needs ${pagesName}`).toContain(pagesName);
    const step = buildJob.steps.find((s) => s.run?.trim() === 'npm run build');
    expect(step, 'a step that runs exactly npm run build').toBeDefined();
    expect(step!.env?.SITE_URL).toBe(`\${{ needs.${pagesName}.outputs.origin }}`);
    expect(step!.env?.BASE_PATH).toBe(`\${{ needs.${pagesName}.outputs.base_path }}/`);
    expect(deployment({ SITE_URL: 'https://octocat.github.io', BASE_PATH: '/guohan-site/' })).toEqual({ origin: 'https://octocat.github.io', base: '/guohan-site/' });
    expect(deployment({ SITE_URL: 'https://guohan.example.org', BASE_PATH: '/' }).base, 'a custom domain: base_path is empty').toBe('/');
  });

  it('installs Node from .nvmrc, the fonts for the PDFs, and the locked dependencies, before building', () => {
    const build = uploading()[1].steps;
    const node = index((s) => !!s.uses?.startsWith('actions/setup-node@'));
    expect(build[node]!.with?.['node-version-file']).toBe('.nvmrc');
    const apt = index((s) => !!s.run?.includes('apt-get install'));
    expect(build[apt]!.run).toMatch(/\sfonts-noto-cjk(\s|$)/);
    const ci = index((s) => s.run?.trim() === 'npm ci');
    const buildStep = index((s) => s.run?.trim() === 'npm run build');
    expect(Math.min(node, apt, ci)).toBeGreaterThanOrEqual(0);
    expect(Math.max(node, apt, ci)).toBeLessThan(buildStep);
  });

  it('uploads dist after the build and deploys it to the github-pages environment', () => {
    const build = uploading()[1].steps;
    const upload = index((s) => !!s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(build[upload]!.with?.path).toBe('dist');
    expect(upload).toBeGreaterThan(index((s) => s.run?.trim() === 'npm run build'));
    const [, deploy] = theJob('deploys', (job) => uses(job, 'actions/deploy-pages'));
    expect(deploy.environment?.name).toBe('github-pages');
  });
});
