// The complaint handler's screens, found by the shell: the cases with their workflow, and tracing.
import type { Screen } from '../../shell/screen';
import { partScreen } from '../../kit/partScreen';
import { mountCases } from './cases';
import { mountTrace } from './trace';

export const screens: Screen[] = [
  { id: 'complaints', title: { zh: '投诉案件', en: 'Complaints' }, roles: ['COMPLAINT_HANDLER'], order: 40, render: partScreen(mountCases, 'complaints') },
  { id: 'complaint-trace', title: { zh: '投诉溯源', en: 'Tracing' }, roles: ['COMPLAINT_HANDLER', 'SUPERVISOR'], order: 41, render: partScreen(mountTrace, 'trace') },
];
