// The complaint handler's words, Chinese first.
import type { Lang } from '../../i18n';

const zh = {
  trace: '投诉溯源', cases: '投诉案件', newCase: '登记投诉', plate: '车牌（可部分）', from: '看到时间自', to: '至（可空）',
  place: '地点', pickPlace: '在地图上点击投诉地点', lat: '纬度', lon: '经度', radius: '半径（米）', tolerance: '时间容差（分钟）',
  search: '溯源', verdict: '结论', candidates: '车牌相符的车辆', there: '在场', notThere: '不在场', closest: '最近',
  outside: '超出所述时间', minutes: '分钟', whereabouts: '当时位置', trip: '派车单', requester: '申请人', approver: '审批人',
  dispatcher: '调度员', driver: '驾驶员', noTrip: '无派车单', replay: '轨迹回放', play: '播放', pause: '暂停', speed: '倍速',
  stopped: '停车', noTrack: '此时段没有轨迹', org: '单位', state: '状态', all: '全部', received: '受理时间', due: '答复期限',
  daysLeft: '剩余工作日', overdue: '已超期', assignee: '承办人', channel: '渠道', description: '投诉内容', placeText: '地点描述',
  contact: '联系方式', contactName: '投诉人', save: '登记', done: '已保存', loading: '加载中…', none: '没有案件',
  assign: '分派', investigate: '开始调查', conclude: '办理结论', reply: '答复', close: '办结', linkAlarm: '关联告警',
  outcome: '结论', findings: '调查情况', vehicleId: '车辆编号', tripRequestId: '派车单编号', replyText: '答复内容',
  satisfaction: '满意度', alarmId: '告警编号', events: '办理记录', traceCase: '溯源本案', outcomeSUBSTANTIATED: '属实',
  outcomeUNSUBSTANTIATED: '不属实', actor: '投诉处理员', photo: '照片', refresh: '刷新', useVehicle: '作为涉事车辆',
  HOTLINE: '12345热线', QR: '扫码', WEB: '网页', CONSOLE: '平台录入',
  SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意', NO_ANSWER: '未回复',
  reminders: '期限提醒', dismissReminder: '知道了',
};

const en: Record<keyof typeof zh, string> = {
  trace: 'Tracing', cases: 'Cases', newCase: 'New complaint', plate: 'Plate (or part)', from: 'Seen from', to: 'to (optional)',
  place: 'Place', pickPlace: 'Click the place on the map', lat: 'Latitude', lon: 'Longitude', radius: 'Radius (m)', tolerance: 'Time tolerance (min)',
  search: 'Trace', verdict: 'Verdict', candidates: 'Cars whose plate fits', there: 'there', notThere: 'not there', closest: 'closest',
  outside: 'outside the time given by', minutes: 'min', whereabouts: 'where it was', trip: 'Trip order', requester: 'Requester', approver: 'Approver',
  dispatcher: 'Dispatcher', driver: 'Driver', noTrip: 'on no trip order', replay: 'Track replay', play: 'Play', pause: 'Pause', speed: 'Speed',
  stopped: 'stopped', noTrack: 'No track in this period', org: 'Organisation', state: 'State', all: 'All', received: 'Received', due: 'Reply due',
  daysLeft: 'Working days left', overdue: 'overdue', assignee: 'Assignee', channel: 'Channel', description: 'Complaint', placeText: 'Place described',
  contact: 'Contact', contactName: 'Complainant', save: 'Register', done: 'Saved', loading: 'Loading…', none: 'No cases',
  assign: 'Assign', investigate: 'Investigate', conclude: 'Conclude', reply: 'Reply', close: 'Close', linkAlarm: 'Link alarm',
  outcome: 'Outcome', findings: 'Findings', vehicleId: 'Vehicle id', tripRequestId: 'Trip request id', replyText: 'Reply',
  satisfaction: 'Satisfaction', alarmId: 'Alarm id', events: 'Steps taken', traceCase: 'Trace this case', outcomeSUBSTANTIATED: 'Substantiated',
  outcomeUNSUBSTANTIATED: 'Unsubstantiated', actor: 'Complaint handler', photo: 'Photo', refresh: 'Refresh', useVehicle: 'Use as the car concerned',
  HOTLINE: '12345 hotline', QR: 'QR code', WEB: 'Web', CONSOLE: 'Console',
  SATISFIED: 'Satisfied', BASICALLY_SATISFIED: 'Basically satisfied', DISSATISFIED: 'Dissatisfied', NO_ANSWER: 'No answer',
  reminders: 'Deadline reminders', dismissReminder: 'Got it',
};

export type ComplaintText = keyof typeof zh;

export const CASE_STATES: Record<Lang, Record<string, string>> = {
  zh: { RECEIVED: '已受理', ASSIGNED: '已分派', INVESTIGATING: '调查中', CONCLUDED: '已出结论', REPLIED: '已答复', CLOSED: '已结案' },
  en: { RECEIVED: 'Received', ASSIGNED: 'Assigned', INVESTIGATING: 'Investigating', CONCLUDED: 'Concluded', REPLIED: 'Replied', CLOSED: 'Closed' },
};

export function complaintTexts(lang: Lang): (key: ComplaintText) => string {
  return (key) => (lang === 'en' ? en : zh)[key];
}
