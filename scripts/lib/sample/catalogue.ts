import { weightedTable } from './random.ts';

/** Products as the helpdesk lists them; two carry a comma so CSV quoting is exercised. */
export const PRODUCTS = weightedTable([
  ['智能门锁 X1', 16],
  ['智能门锁 X1, 指纹版', 6],
  ['扫地机器人 S8', 14],
  ['扫地机器人 S8, 自动集尘版', 5],
  ['空气净化器 A3', 12],
  ['净水器 W5', 12],
  ['智能摄像头 C2', 10],
  ['无线路由器 R6', 9],
  ['电热水器 H2', 8],
  ['洗碗机 D4', 8],
] as const);

/** Sales regions, weighted by customer base. */
export const REGIONS = weightedTable([
  ['华东', 30],
  ['华南', 20],
  ['华北', 18],
  ['华中', 12],
  ['西南', 10],
  ['西北', 5],
  ['东北', 5],
] as const);

/** Every free text the catalogue can put in a file (customer names must not occur in any). */
export const CATALOGUE_TEXTS: readonly string[] = [...PRODUCTS.values, ...REGIONS.values];
