// The public tables: the ten regions and the seven domains (docs/architecture.md). Their slugs
// are URL contracts; changing one breaks shipped links, so they are listed once, here, with the
// other names readers use for them.

/** One pilot region: the annex number is its position in the approval letter's list. */
export interface Region {
  annex: number;
  slug: string;
  name: string;
  /** A short name for narrow places (table headings): 北京, 大湾区. */
  short: string;
  /** The same in English (the glossary gives the full English name): Beijing, Bay Area. */
  shortEn: string;
  /** Other names people type for the pilot (通州, 珠三角); the cities of its scope sentence come from the seed. */
  aliases: readonly string[];
}

/** The ten pilots, in annex order (the public region table, docs/architecture.md). */
export const REGIONS: readonly Region[] = [
  { annex: 1, slug: 'beijing', name: '北京城市副中心', short: '北京', shortEn: 'Beijing', aliases: ['北京市通州区', '通州', '北京副中心', '城市副中心', '北京'] },
  { annex: 2, slug: 'sunan', name: '苏南重点城市', short: '苏南', shortEn: 'S. Jiangsu', aliases: ['苏南'] },
  { annex: 3, slug: 'hangyongwen', name: '杭甬温', short: '杭甬温', shortEn: 'Hang-Yong-Wen', aliases: ['杭州宁波温州'] },
  { annex: 4, slug: 'hefei', name: '合肥都市圈', short: '合肥', shortEn: 'Hefei', aliases: ['合肥'] },
  { annex: 5, slug: 'fuxiaquan', name: '福厦泉', short: '福厦泉', shortEn: 'Fu-Xia-Quan', aliases: ['福州厦门泉州'] },
  { annex: 6, slug: 'zhengzhou', name: '郑州市', short: '郑州', shortEn: 'Zhengzhou', aliases: ['郑州'] },
  { annex: 7, slug: 'changzhutan', name: '长株潭', short: '长株潭', shortEn: 'Chang-Zhu-Tan', aliases: ['长沙株洲湘潭'] },
  { annex: 8, slug: 'dawanqu', name: '粤港澳大湾区内地九市', short: '大湾区', shortEn: 'Bay Area', aliases: ['粤港澳大湾区', '大湾区', '粤港澳', '珠三角'] },
  { annex: 9, slug: 'chongqing', name: '重庆市', short: '重庆', shortEn: 'Chongqing', aliases: ['重庆'] },
  { annex: 10, slug: 'chengdu', name: '成都市', short: '成都', shortEn: 'Chengdu', aliases: ['成都'] },
];

/** One factor domain; `keywords` recognise it in a section heading, whatever the annex's wording. */
export interface Domain {
  slug: string;
  label: string;
  keywords: readonly string[];
}

/** The seven domains, in the order every annex's sections follow (the public domain table). */
export const DOMAINS: readonly Domain[] = [
  { slug: 'technology', label: '技术要素', keywords: ['技术', '科技'] },
  { slug: 'land', label: '土地要素', keywords: ['土地'] },
  { slug: 'labor', label: '人力资源要素', keywords: ['人力资源', '劳动力', '人才'] },
  { slug: 'data', label: '数据要素', keywords: ['数据'] },
  { slug: 'capital', label: '资本要素', keywords: ['资本', '金融'] },
  { slug: 'environment', label: '资源环境要素', keywords: ['资源环境', '绿色', '生态'] },
  { slug: 'coordination', label: '要素协同配置', keywords: ['协同'] },
];

/** Looks a region up by annex number. */
export function regionByAnnex(annex: number): Region | undefined {
  return REGIONS.find((r) => r.annex === annex);
}

/** Looks a region up by slug. */
export function regionBySlug(slug: string): Region | undefined {
  return REGIONS.find((r) => r.slug === slug);
}

/** Looks a domain up by slug. */
export function domainBySlug(slug: string): Domain | undefined {
  return DOMAINS.find((d) => d.slug === slug);
}

/**
 * The domains whose keywords occur in a section heading. Headings differ per annex
 * (探索绿色发展新路径, 提升金融服务实体经济质效), so matching is by keyword, and a heading may
 * match more than one domain; the caller decides with the section's position.
 */
export function matchDomains(heading: string): Domain[] {
  return DOMAINS.filter((d) => d.keywords.some((k) => heading.includes(k)));
}

/** The keys of the metadata footer the official page prints, in order. */
export const FOOTER_KEYS = ['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期'] as const;

/** Looks a topic of the vocabulary up by slug (the vocabulary is data: seeds/topics.yaml). */
export function topicBySlug<T extends { slug: string }>(topics: readonly T[], slug: string): T | undefined {
  return topics.find((t) => t.slug === slug);
}
