// The dashboards' words, Chinese first.
import type { Lang } from '../../i18n';

const zh = {
  org: '单位', from: '从', to: '至', show: '统计', loading: '加载中…', badPeriod: '请选择正确的起止日期',
  neShare: '新能源车占比', neKmShare: '新能源里程占比', utilisation: '使用率', alarms: '告警', complaints: '投诉',
  neByUnit: '各单位新能源占比（目标 80 %）', utilisationByUnit: '各单位车辆使用率', byUnit: '各单位告警与投诉', overTime: '每日告警与投诉',
  target: '目标', utilisationNote: '使用率 = 使用小时 ÷ 工作时间内可用小时（绩效评价口径，含下级单位）',
  truncated: '告警超过 1000 条，只统计了最新的 1000 条', unit: '单位', vehicles: '车辆', neVehicles: '新能源车', neKm: '新能源里程 km',
  hoursInUse: '使用小时', hoursAvailable: '可用小时', exportUnitsXlsx: '导出单位统计 XLSX', exportVehicles: '导出车辆统计 CSV', total: '合计', table: '明细', exportUnits: '导出单位统计 CSV', exportDays: '导出每日统计 CSV',
  exportComplaints: '导出投诉统计 CSV', perDayNotAllowed: '（本账号无权查看告警或投诉明细，每日曲线只含可查看的部分）',
};

const en: Record<keyof typeof zh, string> = {
  org: 'Organisation', from: 'From', to: 'To', show: 'Show', loading: 'Loading…', badPeriod: 'Choose a valid period',
  neShare: 'New-energy share of fleet', neKmShare: 'New-energy share of km', utilisation: 'Utilisation', alarms: 'Alarms', complaints: 'Complaints',
  neByUnit: 'New-energy share by unit (target 80 %)', utilisationByUnit: 'Utilisation by unit', byUnit: 'Alarms and complaints by unit', overTime: 'Alarms and complaints per day',
  target: 'target', utilisationNote: 'Utilisation = hours in use ÷ working hours available (the evaluation, subtrees included)',
  truncated: 'More than 1,000 alarms: only the newest 1,000 are counted', unit: 'Unit', vehicles: 'Vehicles', neVehicles: 'New-energy vehicles', neKm: 'New-energy km',
  hoursInUse: 'Hours in use', hoursAvailable: 'Hours available', exportUnitsXlsx: 'Export units XLSX', exportVehicles: 'Export vehicles CSV', total: 'Total', table: 'Table', exportUnits: 'Export units CSV', exportDays: 'Export days CSV',
  exportComplaints: 'Export complaint statistics CSV', perDayNotAllowed: '(this account may not read the alarm or complaint lists: the daily lines show what it may read)',
};

export function dashboardTexts(lang: Lang): (key: keyof typeof zh) => string {
  return (key) => (lang === 'en' ? en : zh)[key];
}
