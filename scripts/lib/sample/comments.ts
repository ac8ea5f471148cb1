import type { Random } from './random.ts';

/** Survey comments by how the customer felt; one has ASCII `;` and one has quotes, for CSV quoting. */
const COMMENTS = {
  good: [
    '服务很好，问题很快就解决了',
    '客服态度非常好，耐心解答',
    '师傅上门很准时，维修专业',
    '响应速度快，点赞',
    '一次就处理好了，谢谢',
    '技术支持讲解很清楚',
    '电话一打就通，效率高',
    '处理及时，满意',
    '工程师很专业，还教了日常保养',
    '在线客服回复很快',
    '问题解决了，服务不错',
    '非常感谢，辛苦了',
    '整体满意，希望继续保持',
    '师傅说"已经修好了"，确实好了',
    '服务好;速度快',
  ],
  neutral: [
    '问题解决了，但等待时间有点长',
    '还行吧',
    '处理结果一般，希望改进',
    '客服态度可以，就是转了好几次',
    '上门时间比约定晚了一些',
    '解决了，但流程有点繁琐',
  ],
  bad: [
    '等了很久都没人回复',
    '问题反复出现，修了两次还没好',
    '客服推来推去，没人负责',
    '电话一直打不通',
    '投诉三天了还没有结果',
    '态度很差，不想再联系了',
    '承诺的时限没有做到',
    '工程师没带配件，白跑一趟',
    '邮件回复太慢了',
    '同一个问题重复描述了很多次',
  ],
} as const;

/** Every comment template (customer names must not occur in any). */
export const COMMENT_TEXTS: readonly string[] = [...COMMENTS.good, ...COMMENTS.neutral, ...COMMENTS.bad];

/** Contact details a customer may type into a comment; the ingest must mask them. */
export interface CommentContact {
  phone: string;
  email: string;
}

/** An 18-digit resident identity number with a valid check digit (fictional birth and sequence). */
export function identityNumber(random: Random): string {
  const area = random.pick(['110101', '310104', '440305', '330106', '510107', '420102']);
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const birth = `19${random.int(60, 99)}${twoDigits(random.int(1, 12))}${twoDigits(random.int(1, 28))}`;
  const body = `${area}${birth}${String(random.int(0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] as number), 0);
  return body + ('10X98765432'[sum % 11] as string);
}

/** A short Chinese comment for a score (often empty; rarely two lines or with contact details). */
export function commentFor(score: number, contact: CommentContact, random: Random): string {
  if (random.chance(0.42)) return '';
  const pool = score >= 4 ? COMMENTS.good : score === 3 ? COMMENTS.neutral : COMMENTS.bad;
  let text: string = random.pick(pool);
  if (random.chance(0.03)) text += `\n${random.pick(pool)}`;
  const pii = random.next();
  if (pii < 0.004) text += `，有问题请回电${contact.phone}`;
  else if (pii < 0.007) text += `，发票请发到邮箱${contact.email}`;
  else if (pii < 0.009) text += `，身份证号${identityNumber(random)}已经提供过了`;
  return text;
}
