import { clusterDetail, member } from '../clusters/testData.js';

// Fixtures for the operations' unit tests: the lab's three members, and a cluster whose leader is gone.
export const lab = clusterDetail({
  timeline: 4,
  members: [
    member('pg1', { role: 'leader', state: 'running' }),
    member('pg2', { lagBytes: 2048 }),
    member('pg3', { lagBytes: 0 }),
  ],
});
export const noLeader = clusterDetail({
  leader: 'pg1',
  members: [member('pg1', { role: 'leader', reachable: false, state: 'unreachable' }), member('pg2')],
});
