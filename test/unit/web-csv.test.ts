import { describe, expect, it } from 'vitest';
import { csvCell, matrixCsv } from '../../web/src/lib/csv.js';

describe('task × platform matrix as CSV', () => {
  it('quotes only cells that need it, doubling quotes', () => {
    expect(csvCell('会展协同')).toBe('会展协同');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('“一城多园”"模式"')).toBe('"“一城多园”""模式"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(3)).toBe('3');
  });

  it('one row per task: platforms per side, platforms on no side, gaps; CRLF line ends', () => {
    const csv = matrixCsv(
      { number: '#', task: '重点任务', areas: ['两江新区一侧', '天府新区一侧'], withoutSide: '无归属', gaps: '缺口' },
      [
        { number: 3, title: '会展协同', sides: [['重庆国际博览中心'], ['天府国际会议中心', '天府新区西部国际博览城']], withoutSide: [], gaps: [] },
        { number: 4, title: '开放协同', sides: [[], ['天府新区自贸区']], withoutSide: ['保税港'], gaps: ['两江新区'] },
      ],
    );
    expect(csv).toBe(
      '#,重点任务,两江新区一侧,天府新区一侧,无归属,缺口\r\n' +
        '3,会展协同,重庆国际博览中心,天府国际会议中心; 天府新区西部国际博览城,,\r\n' +
        '4,开放协同,,天府新区自贸区,保税港,两江新区\r\n',
    );
  });
});
