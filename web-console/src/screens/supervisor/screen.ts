// The supervisor's screens, found by the shell (src/screens/index.ts): alarms with their evidence and replay, the
// geofence editor, the rules and the holiday calendar.
import type { Screen } from '../../shell/screen';
import { partScreen } from '../../kit/partScreen';
import { mountAlarms } from './alarms';
import { mountCalendar } from './calendar';
import { mountFences } from './fences';
import { mountSettings } from './settings';

export const screens: Screen[] = [
  { id: 'alarms', title: { zh: '告警督查', en: 'Alarms' }, roles: ['SUPERVISOR'], order: 30, render: partScreen(mountAlarms, 'alarms') },
  { id: 'geofences', title: { zh: '电子围栏', en: 'Geofences' }, roles: ['SUPERVISOR', 'ADMINISTRATOR'], order: 31, render: partScreen(mountFences, 'geofences') },
  { id: 'supervision-rules', title: { zh: '监管规则', en: 'Rules' }, roles: ['SUPERVISOR', 'ADMINISTRATOR'], order: 32, render: partScreen(mountSettings, 'rules') },
  { id: 'holidays', title: { zh: '节假日', en: 'Holidays' }, roles: ['SUPERVISOR', 'ADMINISTRATOR'], order: 33, render: partScreen(mountCalendar, 'holidays') },
];
