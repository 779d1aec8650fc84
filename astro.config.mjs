// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { deployment } from './src/site-config.ts';
import { rehypeBaseLinks } from './src/site/rehype-base-links.ts';

const { origin, base } = deployment();

export default defineConfig({
  site: origin,
  base,
  trailingSlash: 'always',
  markdown: { processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]], smartypants: false }) },
  integrations: [
    starlight({
      title: '国函〔2025〕86号',
      description: '《国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复》及十个试点实施方案',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      pagination: false,
      sidebar: [
        { label: '批复', link: '/letter/' },
      ],
    }),
  ],
});
