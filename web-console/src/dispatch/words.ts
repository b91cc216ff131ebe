// Words the dispatcher's and administrator's screens share.
import { localized } from '../i18n';

export const words = localized({
  zh: {
    category_EMERGENCY: '应急', category_ENFORCEMENT: '执法执勤', category_COURIER: '机要通信', category_RETIREE: '老干部服务', category_GENERAL: '一般公务',
    state_SUBMITTED: '待审批', state_APPROVED: '待派车', state_REJECTED: '已驳回', state_SCHEDULED: '已派车', state_ACCEPTED: '已接单',
    state_UNDER_WAY: '行驶中', state_COMPLETED: '已完成', state_EVALUATED: '已评价', state_CANCELLED: '已取消', state_NO_SHOW: '未到场',
    status_AVAILABLE: '可用', status_MAINTENANCE: '维修保养', status_SEALED: '封存', status_DISPOSED: '已处置', status_ACTIVE: '在岗', status_ON_LEAVE: '请假', status_INACTIVE: '停用',
    pool_GENERAL: '一般公务', pool_EMERGENCY: '应急', pool_ENFORCEMENT: '执法执勤', pool_COURIER: '机要通信', pool_RETIREE: '老干部服务',
    energy_FUEL: '燃油', energy_NEW_ENERGY: '新能源',
    plate: '车牌', driver: '驾驶员', pool: '车辆池', status: '状态', battery: '电量/续航', energy: '能源',
    request: '用车申请', requester: '申请人', category: '类别', window: '用车时间', pickup: '上车地点', passengers: '人数', destination: '目的地',
    waiting: '待派车', assigned: '已派车（可拖到其他车辆改派）', proposals: '推荐方案', reasons: '理由', breaks: '违反规则', assign: '派车',
    assignAnyway: '仍然派车', assigned_ok: '已派车', eta: '预计到达', km: '公里', none: '无', noRequests: '暂无待派车申请',
    chooseRequest: '选择左侧申请查看推荐方案', dropHere: '拖放申请到车辆改派', reassign: '改派', cancel: '取消', confirm: '确认改派',
    noBreaks: '不违反任何规则', refresh: '刷新', vehicles: '车辆', min: '分钟', evaluated: '评估', crews: '组车辆与驾驶员',
    newEnergy: '新能源', live: '实时位置', speed: '速度', lastFix: '最新定位', noFix: '无定位', unreachable: '无路可达',
  },
  en: {
    category_EMERGENCY: 'Emergency', category_ENFORCEMENT: 'Enforcement', category_COURIER: 'Courier', category_RETIREE: 'Retiree service', category_GENERAL: 'General',
    state_SUBMITTED: 'Submitted', state_APPROVED: 'Awaiting car', state_REJECTED: 'Rejected', state_SCHEDULED: 'Scheduled', state_ACCEPTED: 'Accepted',
    state_UNDER_WAY: 'Under way', state_COMPLETED: 'Completed', state_EVALUATED: 'Evaluated', state_CANCELLED: 'Cancelled', state_NO_SHOW: 'No-show',
    status_AVAILABLE: 'Available', status_MAINTENANCE: 'Maintenance', status_SEALED: 'Sealed', status_DISPOSED: 'Disposed', status_ACTIVE: 'Active', status_ON_LEAVE: 'On leave', status_INACTIVE: 'Inactive',
    pool_GENERAL: 'General', pool_EMERGENCY: 'Emergency', pool_ENFORCEMENT: 'Enforcement', pool_COURIER: 'Courier', pool_RETIREE: 'Retiree service',
    energy_FUEL: 'Fuel', energy_NEW_ENERGY: 'New energy',
    plate: 'Plate', driver: 'Driver', pool: 'Pool', status: 'Status', battery: 'Battery / range', energy: 'Energy',
    request: 'Request', requester: 'Requester', category: 'Category', window: 'Time', pickup: 'Pickup', passengers: 'Passengers', destination: 'Destination',
    waiting: 'Awaiting a car', assigned: 'Assigned (drag onto another car to re-assign)', proposals: 'Proposals', reasons: 'Reasons', breaks: 'Broken rules', assign: 'Assign',
    assignAnyway: 'Assign anyway', assigned_ok: 'Assigned', eta: 'ETA', km: 'km', none: 'none', noRequests: 'Nothing waits for a car',
    chooseRequest: 'Pick a request to see the proposals', dropHere: 'Drop a request on a car to re-assign', reassign: 'Re-assign', cancel: 'Cancel', confirm: 'Confirm re-assignment',
    noBreaks: 'Breaks no rule', refresh: 'Refresh', vehicles: 'Vehicles', min: 'min', evaluated: 'evaluated', crews: 'car and driver pairs',
    newEnergy: 'New energy', live: 'Live position', speed: 'Speed', lastFix: 'Last fix', noFix: 'no fix', unreachable: 'unreachable',
  },
});

export type Word = Parameters<ReturnType<typeof words>>[0];

/** The word for an enum value, or the value itself when there is none. */
export function enumWord(t: (k: Word) => string, prefix: string, value: string | null | undefined): string {
  if (value == null) return '';
  const key = `${prefix}_${value}` as Word;
  const w = t(key);
  return w === key ? value : w;
}

export function actorOf(account: { username: string } | null): string {
  return account?.username ?? 'console';
}
