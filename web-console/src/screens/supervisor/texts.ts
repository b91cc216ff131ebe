// The supervisor screens' words, Chinese first.
import type { Lang } from '../../i18n';

const zh = {
  alarms: '告警', fences: '电子围栏', rules: '规则设置', calendar: '节假日',
  org: '单位', state: '状态', rule: '规则', vehicle: '车辆', from: '从', to: '至', all: '全部', search: '查询',
  plate: '车牌', period: '时间', summary: '摘要', detected: '仍被检出', none: '没有符合条件的告警',
  evidence: '证据', thresholds: '阈值', thresholdsFrom: '阈值来源', defaults: '系统默认', details: '细节',
  order: '派车单', tripsNearby: '前后2小时内的已批派车单', noTrip: '无', replay: '轨迹回放', events: '处理记录',
  play: '播放', pause: '暂停', speed: '倍速', stopped: '停车', noTrack: '此时段没有轨迹',
  reason: '理由', question: '需说明的问题', explanation: '单位的说明', note: '备注',
  confirm: '确认违规', dismiss: '排除', requestExplanation: '要求说明', explain: '登记说明', close: '办结',
  done: '已保存', noLongerDetected: '数据更新后已不再检出，请复核', back: '返回列表', loading: '加载中…',
  kind: '类型', name: '名称', category: '类别', activeFrom: '生效自', activeTo: '生效至', fenceList: '已有围栏',
  drawPolygon: '画多边形', drawCircle: '画圆形', finish: '完成', cancel: '取消', save: '保存围栏', importGeoJson: '导入 GeoJSON',
  importFile: '选择文件', deactivate: '停用', drawHint: '多边形：依次点击各顶点，然后点“完成”；圆形：先点圆心，再点圆周。',
  shapeReady: '图形已画好，可以保存', nothingDrawn: '请先画一个图形或导入 GeoJSON',
  enabled: '启用', inherit: '恢复继承', ownSetting: '本单位设置', inherited: '继承自', saveSetting: '保存',
  year: '年份', day: '日期', dayKind: '类型', dayName: '名称', source: '依据', provisional: '暂定',
  HOLIDAY: '放假', WORKDAY: '调休上班', addDay: '保存日期', remove: '删除', working: '工作日', off: '休息日',
  REGION: '行政区域', FORBIDDEN: '禁入场所', PATROL: '巡逻区域', actor: '督查员',
  noApprovedTrip: '该车前后2小时内没有已批准的派车单', tripsDoNotCover: '附近的已批派车单不能覆盖此次行驶',
  newAlarms: '条新告警', newAlarm: '新',
};

const en: Record<keyof typeof zh, string> = {
  alarms: 'Alarms', fences: 'Geofences', rules: 'Rules', calendar: 'Holidays',
  org: 'Organisation', state: 'State', rule: 'Rule', vehicle: 'Vehicle', from: 'From', to: 'To', all: 'All', search: 'Search',
  plate: 'Plate', period: 'Period', summary: 'Summary', detected: 'Still detected', none: 'No alarms match',
  evidence: 'Evidence', thresholds: 'Thresholds', thresholdsFrom: 'Thresholds from', defaults: 'defaults', details: 'Details',
  order: 'Trip order', tripsNearby: 'Approved trips within 2 h', noTrip: 'none', replay: 'Track replay', events: 'Steps taken',
  play: 'Play', pause: 'Pause', speed: 'Speed', stopped: 'stopped', noTrack: 'No track in this period',
  reason: 'Reason', question: 'Question to the unit', explanation: "The unit's explanation", note: 'Note',
  confirm: 'Confirm', dismiss: 'Dismiss', requestExplanation: 'Ask for explanation', explain: 'Record explanation', close: 'Close',
  done: 'Saved', noLongerDetected: 'No longer detected after new data: please review', back: 'Back to the list', loading: 'Loading…',
  kind: 'Kind', name: 'Name', category: 'Category', activeFrom: 'Active from', activeTo: 'Active to', fenceList: 'Fences',
  drawPolygon: 'Draw polygon', drawCircle: 'Draw circle', finish: 'Finish', cancel: 'Cancel', save: 'Save fence', importGeoJson: 'Import GeoJSON',
  importFile: 'Choose file', deactivate: 'Deactivate', drawHint: 'Polygon: click each corner, then Finish. Circle: click the centre, then a point on the edge.',
  shapeReady: 'Shape drawn, ready to save', nothingDrawn: 'Draw a shape or import GeoJSON first',
  enabled: 'On', inherit: 'Inherit again', ownSetting: 'own setting', inherited: 'inherited from', saveSetting: 'Save',
  year: 'Year', day: 'Day', dayKind: 'Kind', dayName: 'Name', source: 'Source', provisional: 'provisional',
  HOLIDAY: 'Holiday', WORKDAY: 'Make-up working day', addDay: 'Save day', remove: 'Remove', working: 'working day', off: 'day off',
  REGION: 'Region', FORBIDDEN: 'Forbidden place', PATROL: 'Patrol area', actor: 'Supervisor',
  noApprovedTrip: 'No approved trip of this vehicle within 2 h', tripsDoNotCover: 'Approved trips nearby do not cover it',
  newAlarms: 'new alarms', newAlarm: 'new',
};

export type SupervisionText = keyof typeof zh;

export const RULE_NAMES: Record<Lang, Record<string, string>> = {
  zh: { NO_TRIP: '无单出车', OFF_HOURS: '非工作时间用车', REGION: '出市越界', FORBIDDEN_DWELL: '禁入场所停留', HOME_LOT: '未按规定停放',
    TAMPERING: '设备异常', SPEEDING: '超速', ROUTE_DEVIATION: '偏离路线', DISTANCE_MISMATCH: '里程不符', WORKING_HOURS: '工作时间' },
  en: { NO_TRIP: 'No trip order', OFF_HOURS: 'Off hours', REGION: 'Out of region', FORBIDDEN_DWELL: 'Forbidden place', HOME_LOT: 'Not at home lot',
    TAMPERING: 'Tampering', SPEEDING: 'Speeding', ROUTE_DEVIATION: 'Route deviation', DISTANCE_MISMATCH: 'Distance mismatch', WORKING_HOURS: 'Working hours' },
};

export const STATE_NAMES: Record<Lang, Record<string, string>> = {
  zh: { OPEN: '待处理', EXPLANATION_REQUESTED: '待说明', EXPLAINED: '已说明', CONFIRMED: '已确认违规', DISMISSED: '已排除', CLOSED: '已办结', WITHDRAWN: '已撤销' },
  en: { OPEN: 'Open', EXPLANATION_REQUESTED: 'Explanation requested', EXPLAINED: 'Explained', CONFIRMED: 'Confirmed', DISMISSED: 'Dismissed', CLOSED: 'Closed', WITHDRAWN: 'Withdrawn' },
};

export function supervisionTexts(lang: Lang): (key: SupervisionText) => string {
  return (key) => (lang === 'en' ? en : zh)[key];
}
