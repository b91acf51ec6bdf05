import { describe, expect, it } from 'vitest';
import { csvUrl, parseHaproxyCsv } from './stats.js';

const sample = `# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight
primary,FRONTEND,,,0,1,2000,3,0,0,0,0,0,,,,,OPEN,
primary,pg1,0,0,0,1,,3,0,0,,0,,0,0,0,0,UP,1
primary,pg2,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1
primary,pg3,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN 1/2,1
primary,BACKEND,0,0,0,1,200,3,0,0,0,0,,0,0,0,0,UP,1
replicas,pg2,0,0,0,0,,0,0,0,,0,,0,0,0,0,UP 1/2,1
replicas,pg3,0,0,0,0,,0,0,0,,0,,0,0,0,0,no check,1
replicas,pg1,0,0,0,0,,0,0,0,,0,,0,0,0,0,MAINT,1
stats,FRONTEND,,,1,1,2000,2,0,0,0,0,0,,,,,OPEN,
`;

describe('parseHaproxyCsv', () => {
  it('keeps servers with their status and whether they route', () => {
    expect(parseHaproxyCsv(sample)).toEqual([
      { proxy: 'primary', server: 'pg1', status: 'UP', up: true },
      { proxy: 'primary', server: 'pg2', status: 'DOWN', up: false },
      { proxy: 'primary', server: 'pg3', status: 'DOWN 1/2', up: false },
      { proxy: 'replicas', server: 'pg2', status: 'UP 1/2', up: true },
      // Health checks disabled: HAProxy routes to it regardless.
      { proxy: 'replicas', server: 'pg3', status: 'no check', up: true },
      { proxy: 'replicas', server: 'pg1', status: 'MAINT', up: false },
    ]);
  });

  it('refuses text that is not HAProxy statistics', () => {
    expect(() => parseHaproxyCsv('<html>hello</html>')).toThrow(/not HAProxy CSV/);
  });

  it('builds the CSV address of a stats page', () => {
    expect(csvUrl('http://10.0.0.10:7000/')).toBe('http://10.0.0.10:7000/;csv');
    expect(csvUrl('http://10.0.0.10:7000/stats')).toBe('http://10.0.0.10:7000/stats/;csv');
    expect(csvUrl('http://10.0.0.10:7000/;csv')).toBe('http://10.0.0.10:7000/;csv');
  });
});
