// The dashboards, found by the shell.
import type { Screen } from '../../shell/screen';
import { partScreen } from '../../kit/partScreen';
import { mountDashboard } from './dashboard';

export const screens: Screen[] = [
  { id: 'dashboard', title: { zh: '统计分析', en: 'Dashboards' }, roles: ['ADMINISTRATOR', 'SUPERVISOR', 'COMPLAINT_HANDLER', 'DISPATCHER'], order: 60, render: partScreen(mountDashboard, 'dashboard') },
];
