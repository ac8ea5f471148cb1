import { describe, expect, it } from 'vitest';
import { containsPii, maskText } from '../../../src/lib/schema/pii.ts';

describe('maskText', () => {
  it('masks mobiles, landlines, emails and id numbers', () => {
    expect(maskText('请回电13812345678，谢谢')).toBe('请回电[phone]，谢谢');
    expect(maskText('call +86 138-1234-5678 now')).toBe('call [phone] now');
    expect(maskText('座机 010-12345678')).toBe('座机 [phone]');
    expect(maskText('mail zhang.san@example.com.cn please')).toBe('mail [email] please');
    expect(maskText('身份证 11010519491231002X 已核实')).toBe('身份证 [id] 已核实');
    expect(maskText('UK +44 20 7946 0958')).toBe('UK [phone]');
  });

  it('masks the row’s own identity values and leaves ordinary text alone', () => {
    expect(maskText('赵大宝说服务很好', ['赵大宝'])).toBe('[name]说服务很好');
    expect(maskText('工单 GD2410010001 处理了 3 次，评分 5')).toBe('工单 GD2410010001 处理了 3 次，评分 5');
  });

  it('detects leftovers', () => {
    expect(containsPii('a@b.co')).toBe(true);
    expect(containsPii('服务很好')).toBe(false);
  });
});
