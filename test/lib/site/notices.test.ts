import { describe, expect, it } from 'vitest';
import { createFormat, messagesFor } from '../../../src/i18n/index.ts';
import { noticeText } from '../../../src/lib/site/notices.ts';

describe('noticeText', () => {
  it('words each ingest notice in the page language, with the count formatted for it', () => {
    const zh = messagesFor('zh-CN').data.notices;
    const en = messagesFor('en').data.notices;
    const count = createFormat('en').count;
    expect(noticeText(zh, { kind: 'conflicts', count: 1320, file: 'export.csv' }, createFormat('zh-CN').count)).toBe('export.csv：1,320 行与后续文件中同一编号的行不同（以后续文件为准）');
    expect(noticeText(en, { kind: 'conflicts', count: 1320, file: 'export.csv' }, count)).toBe('export.csv: 1,320 row(s) differ from the same id in a later file (the later file wins)');
    expect(noticeText(zh, { kind: 'orphan_surveys', count: 2 }, String)).toBe('2 条满意度调查对应的工单不在任何工单导出中，其团队和处理人未知');
    expect(noticeText(en, { kind: 'negative_durations', count: 5 }, String)).toBe('5 ticket(s) have a first response or resolution before their creation time; metrics leave those durations out');
  });
});
