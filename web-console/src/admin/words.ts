import { localized } from '../i18n';

export const adminWords = localized({
  zh: {
    organisations: '组织机构', code: '编码', name: '名称', kind: '类型', parent: '上级', create: '新建', created: '已保存',
    accounts: '账号与角色', username: '用户名', displayName: '姓名', role: '角色', org: '所属单位', password: '初始密码', locked: '已锁定',
    device: '已绑定手机', releaseDevice: '解绑手机/解锁', driverRecord: '驾驶员档案', yes: '是', no: '否',
    vehicles: '车辆', terminals: '车载终端', registerVehicle: '登记车辆', registerTerminal: '登记终端', seats: '座位', batteryRange: '续航(公里)',
    phone: 'SIM 卡号', deviceId: '终端 ID', maker: '厂商', model: '型号', vehicle: '车辆', online: '在线', offline: '离线', enabled: '启用',
    drivers: '驾驶员', licence: '准驾车型', dailyLimit: '每日工时上限(分钟)', settings: '监管设置', key: '规则', params: '参数', from: '来源单位',
    save: '保存', refresh: '刷新',
  },
  en: {
    organisations: 'Organisations', code: 'Code', name: 'Name', kind: 'Kind', parent: 'Parent', create: 'Create', created: 'Saved',
    accounts: 'Accounts and roles', username: 'User name', displayName: 'Name', role: 'Role', org: 'Organisation', password: 'Initial password', locked: 'Locked',
    device: 'Phone bound', releaseDevice: 'Release phone / unlock', driverRecord: 'Driver record', yes: 'yes', no: 'no',
    vehicles: 'Vehicles', terminals: 'Terminals', registerVehicle: 'Register a vehicle', registerTerminal: 'Register a terminal', seats: 'Seats', batteryRange: 'Range (km)',
    phone: 'SIM number', deviceId: 'Terminal id', maker: 'Maker', model: 'Model', vehicle: 'Vehicle', online: 'online', offline: 'offline', enabled: 'Enabled',
    drivers: 'Drivers', licence: 'Licence class', dailyLimit: 'Daily limit (minutes)', settings: 'Supervision settings', key: 'Rule', params: 'Parameters', from: 'Set by',
    save: 'Save', refresh: 'Refresh',
  },
});
