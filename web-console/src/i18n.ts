// Chinese is the default language of the console; English is available for visitors and developers.
export type Lang = 'zh' | 'en';

const messages = {
  zh: {
    title: '公务用车调度与监管平台',
    services: '服务状态',
    organisations: '组织机构',
    healthy: '正常',
    unhealthy: '异常',
    loading: '加载中…',
    loadFailed: '加载失败',
    switchLang: 'English',
    kind_CITY_BUREAU: '市机关事务管理局',
    kind_DISTRICT_BUREAU: '区机关事务管理局',
    kind_UNIT: '用车单位',
    map: '地图',
    mapOffline: '离线底图',
    mapHint: '在地图上依次点击起点和终点，按道路计算路线',
    mapRouting: '正在计算路线…',
    mapRouteFailed: '路线计算失败',
    home: '概览',
    signIn: '登录',
    signOut: '退出登录',
    username: '用户名',
    password: '密码',
    signInFailed: '登录失败',
    signInCityIdentity: '统一身份认证登录',
    openMode: '未启用登录：所有页面可见',
    notFound: '页面不存在',
    nav: '导航',
    role_ADMINISTRATOR: '系统管理员',
    role_DISPATCHER: '调度员',
    role_SUPERVISOR: '监管员',
    role_COMPLAINT_HANDLER: '投诉处理员',
    role_REQUESTER: '申请人',
    role_APPROVER: '审批人',
    role_DRIVER: '驾驶员',
  },
  en: {
    title: 'Official Vehicle Dispatch and Supervision',
    services: 'Services',
    organisations: 'Organisations',
    healthy: 'healthy',
    unhealthy: 'unhealthy',
    loading: 'Loading…',
    loadFailed: 'Failed to load',
    switchLang: '中文',
    kind_CITY_BUREAU: 'City bureau',
    kind_DISTRICT_BUREAU: 'District bureau',
    kind_UNIT: 'Unit',
    map: 'Map',
    mapOffline: 'Offline base map',
    mapHint: 'Click a start and then an end on the map to route by road',
    mapRouting: 'Routing…',
    mapRouteFailed: 'Routing failed',
    home: 'Overview',
    signIn: 'Sign in',
    signOut: 'Sign out',
    username: 'User name',
    password: 'Password',
    signInFailed: 'Sign-in failed',
    signInCityIdentity: 'Sign in with city identity',
    openMode: 'Sign-in not enabled: every screen shown',
    notFound: 'No such page',
    nav: 'Navigation',
    role_ADMINISTRATOR: 'Administrator',
    role_DISPATCHER: 'Dispatcher',
    role_SUPERVISOR: 'Supervisor',
    role_COMPLAINT_HANDLER: 'Complaint handler',
    role_REQUESTER: 'Requester',
    role_APPROVER: 'Approver',
    role_DRIVER: 'Driver',
  },
} as const;

export type MessageKey = keyof (typeof messages)['zh'];

const STORAGE_KEY = 'fleet.lang';

export function initialLang(stored: string | null): Lang {
  return stored === 'en' ? 'en' : 'zh';
}

export function translator(lang: Lang): (key: MessageKey) => string {
  return (key) => messages[lang][key] ?? messages.zh[key] ?? key;
}

export function loadLang(): Lang {
  return initialLang(globalThis.localStorage?.getItem(STORAGE_KEY) ?? null);
}

export function saveLang(lang: Lang): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
}

/**
 * A screen's own messages, kept in its folder so screens never edit this file:
 *   const t = localized({ zh: { queue: '待派单' }, en: { queue: 'Queue' } });  t(lang)('queue')
 * English falls back to Chinese for a missing key.
 */
export function localized<K extends string>(table: { zh: Record<K, string>; en: Partial<Record<K, string>> }) {
  return (lang: Lang) => (key: K): string => (lang === 'en' ? table.en[key] : undefined) ?? table.zh[key] ?? key;
}
