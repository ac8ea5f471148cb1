import { AGENTS, TEAM_NAMES } from './organisation.ts';
import { CATALOGUE_TEXTS } from './catalogue.ts';
import { COMMENT_TEXTS } from './comments.ts';
import { Random, mixSeed } from './random.ts';

/** A customer's identity columns: personal data the ingest must drop or hash. */
export interface Customer {
  id: string;
  name: string;
  phone: string;
  email: string;
}

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚',
  ...'卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤',
];

const agentGivenChars = new Set(AGENTS.flatMap((a) => [...a.name.slice(1)]));
/** Given-name characters no agent uses, so no customer can share an agent's full name. */
const GIVEN_CHARS = [
  ...'德福禄寿喜春秋冬梅兰竹菊松柏桂荣淑珍凤霞秀云莲琼瑞祥宏昌良茂盛振永长贵',
  ...'金宝玉翠娥萍红涛辉斌彬鑫磊轩泽睿昊桐楠淼璐瑶琦琪蕾薇颖莹芸嘉铭锦钧恒卓柯航舟',
].filter((c) => !agentGivenChars.has(c));

/** Every three-character run of what else the exports print: a customer name found there would defeat PII greps. */
const PUBLIC_TRIGRAMS = new Set(
  [...AGENTS.map((a) => a.name), ...Object.values(TEAM_NAMES), ...COMMENT_TEXTS, ...CATALOGUE_TEXTS].flatMap((text) =>
    Array.from({ length: Math.max(0, text.length - 2) }, (_, i) => text.slice(i, i + 3)),
  ),
);

const MOBILE_PREFIXES = [
  ...['130', '131', '132', '133', '135', '136', '137', '138', '139'],
  ...['150', '151', '152', '153', '155', '156', '157', '158', '159'],
  ...['180', '181', '182', '183', '185', '186', '187', '188', '189'],
];
const SYLLABLES = [
  ...['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'xiao', 'ming', 'hua', 'jun'],
  ...['ling', 'fei', 'qiang', 'yu', 'hong', 'lan', 'bo', 'tao', 'xin', 'yan'],
];
const MAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com', 'outlook.com', 'foxmail.com'];

function customerName(random: Random): string {
  for (;;) {
    const first = random.pick(GIVEN_CHARS);
    let second = random.pick(GIVEN_CHARS);
    while (second === first) second = random.pick(GIVEN_CHARS);
    const name = random.pick(SURNAMES) + first + second;
    if (!PUBLIC_TRIGRAMS.has(name)) return name;
  }
}

function digits(random: Random, count: number): string {
  return String(Math.floor(random.next() * 10 ** count)).padStart(count, '0');
}

/** The customer with a given index; derived from the seed alone, so nothing is kept in memory. */
export function customerAt(seed: number, index: number): Customer {
  const random = new Random(mixSeed(seed, index));
  const local = random.pick(SYLLABLES) + (random.chance(0.5) ? '.' : '') + random.pick(SYLLABLES);
  return {
    id: `KH${1_000_000 + index}`,
    name: customerName(random),
    phone: random.pick(MOBILE_PREFIXES) + digits(random, 8),
    email: `${local}${random.chance(0.6) ? digits(random, random.int(2, 4)) : ''}@${random.pick(MAIL_DOMAINS)}`,
  };
}
