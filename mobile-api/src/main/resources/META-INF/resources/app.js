// The phone app of drivers, requesters and approvers: plain JavaScript, no framework, nothing from outside this server.
// Every write goes through an outbox kept in localStorage with its Idempotency-Key, so a write made without signal
// is sent, in order, when the phone is back online, and a write whose answer was lost is retried without doing it
// twice. A step the trip no longer allows (someone changed it meanwhile) comes back refused and is shown with why.

const T = {
  zh: {
    title: '公务用车', signIn: '登录', username: '用户名', password: '密码', signOut: '退出登录', offline: '离线',
    pending: (n) => `${n} 项待发送`, myTrips: '我的任务', myRequests: '我的用车申请', toApprove: '待审批',
    newRequest: '申请用车', category: '类别', passengers: '乘车人数', pickupPlace: '上车地点', lon: '经度', lat: '纬度',
    start: '开始时间', end: '最晚时间', destination: '目的地', notes: '备注', submit: '提交申请', back: '返回',
    accept: '接受任务', refuse: '拒绝任务', startTrip: '出发', atPickup: '到达上车点', aboard: '乘客已上车',
    arrive: '到达目的地', complete: '完成行程', approve: '同意', reject: '驳回', cancel: '取消申请', rate: '评价',
    odometer: '里程表读数 (km)', energy: '油量/电量 (%)', photo: '仪表照片 (可选)', reason: '原因',
    expense: '记录费用', amount: '金额 (元)', kind: '类型', report: '报告问题', description: '情况说明',
    send: '发送', vehicle: '车辆', driver: '司机', eta: '预计到达', minutes: '分钟', noTrips: '暂无',
    refused: '未执行', changed: '行程已变更', newTask: '新任务', updated: '行程更新', queued: '已保存，联网后发送',
    states: { SUBMITTED: '待审批', APPROVED: '已批准', REJECTED: '已驳回', SCHEDULED: '已派车', ACCEPTED: '已接单',
      UNDER_WAY: '行程中', COMPLETED: '已完成', EVALUATED: '已评价', CANCELLED: '已取消', NO_SHOW: '未到' },
    phases: { DEPARTED: '已出发', AT_PICKUP: '已到上车点', ABOARD: '乘客已上车', ARRIVED: '已到达' },
    categories: { GENERAL: '一般公务', EMERGENCY: '应急', ENFORCEMENT: '执法执勤', COURIER: '机要通信', RETIREE: '老干部服务' },
    kinds: { TOLL: '过路费', PARKING: '停车费', CHARGING: '充电费', FUEL: '加油', OTHER: '其他' },
    problems: { BREAKDOWN: '故障', ACCIDENT: '事故', DELAY: '延误', OTHER: '其他' },
    events: '记录', signInFailed: '登录失败',
  },
  en: {
    title: 'Official cars', signIn: 'Sign in', username: 'Username', password: 'Password', signOut: 'Sign out', offline: 'Offline',
    pending: (n) => `${n} waiting to send`, myTrips: 'My trips', myRequests: 'My requests', toApprove: 'To approve',
    newRequest: 'Request a car', category: 'Category', passengers: 'Passengers', pickupPlace: 'Pickup place', lon: 'Longitude', lat: 'Latitude',
    start: 'From', end: 'Until', destination: 'Destination', notes: 'Notes', submit: 'Submit request', back: 'Back',
    accept: 'Accept', refuse: 'Refuse', startTrip: 'Depart', atPickup: 'At pickup', aboard: 'Passengers aboard',
    arrive: 'Arrived', complete: 'Complete trip', approve: 'Approve', reject: 'Reject', cancel: 'Cancel request', rate: 'Rate',
    odometer: 'Odometer (km)', energy: 'Fuel/battery (%)', photo: 'Photo of the gauges (optional)', reason: 'Reason',
    expense: 'Add expense', amount: 'Amount (yuan)', kind: 'Kind', report: 'Report a problem', description: 'What happened',
    send: 'Send', vehicle: 'Car', driver: 'Driver', eta: 'ETA', minutes: 'min', noTrips: 'Nothing here',
    refused: 'Not applied', changed: 'The trip changed', newTask: 'New assignment', updated: 'Trip updated', queued: 'Saved; will send when online',
    states: { SUBMITTED: 'Submitted', APPROVED: 'Approved', REJECTED: 'Rejected', SCHEDULED: 'Assigned', ACCEPTED: 'Accepted',
      UNDER_WAY: 'Under way', COMPLETED: 'Completed', EVALUATED: 'Rated', CANCELLED: 'Cancelled', NO_SHOW: 'No-show' },
    phases: { DEPARTED: 'Departed', AT_PICKUP: 'At pickup', ABOARD: 'Aboard', ARRIVED: 'Arrived' },
    categories: { GENERAL: 'General', EMERGENCY: 'Emergency', ENFORCEMENT: 'Law enforcement', COURIER: 'Confidential courier', RETIREE: 'Retired cadres' },
    kinds: { TOLL: 'Toll', PARKING: 'Parking', CHARGING: 'Charging', FUEL: 'Fuel', OTHER: 'Other' },
    problems: { BREAKDOWN: 'Breakdown', ACCIDENT: 'Accident', DELAY: 'Delay', OTHER: 'Other' },
    events: 'History', signInFailed: 'Sign-in failed',
  },
};

const store = {
  get: (k, d = null) => { try { return JSON.parse(localStorage.getItem('fleet.' + k)) ?? d; } catch { return d; } },
  set: (k, v) => localStorage.setItem('fleet.' + k, JSON.stringify(v)),
  del: (k) => localStorage.removeItem('fleet.' + k),
};

let lang = store.get('lang', 'zh');
const t = (k) => T[lang][k];
const app = document.getElementById('app');
const trips = new Map(); // id -> last known trip
let view = { name: 'home' };
let push = null;

function deviceId() {
  let id = store.get('device');
  if (!id) { id = 'phone-' + crypto.randomUUID(); store.set('device', id); }
  return id;
}

function session() { return store.get('session'); }

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}

function toast(text) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.className = 'show';
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { el.className = ''; }, 4000);
}

async function api(path, options = {}) {
  const s = session();
  const headers = { 'Content-Type': 'application/json', ...(options.headers ?? {}) };
  if (s) headers.Authorization = 'Bearer ' + s.token;
  const r = await fetch(path, { ...options, headers });
  if (r.status === 401 && s && path !== '/api/session') { signedOut(); throw new Error('signed out'); }
  const text = await r.text();
  return { status: r.status, ok: r.ok, body: text ? JSON.parse(text) : null };
}

// ---- the outbox: writes kept until the server answered them -------------------------------------------------------

function outbox() { return store.get('outbox', []); }

function queueWrite(path, body, trip) {
  const item = { key: crypto.randomUUID(), path, body, trip: trip ?? null, at: new Date().toISOString() };
  store.set('outbox', [...outbox(), item]);
  showNet();
  flush();
  return item.key;
}

let flushing = false;
async function flush() {
  if (flushing) return;
  flushing = true;
  try {
    for (;;) {
      const [item] = outbox();
      if (!item) break;
      let answer;
      try {
        answer = await api(item.path, { method: 'POST', body: JSON.stringify(item.body), headers: { 'Idempotency-Key': item.key } });
      } catch (e) {
        break; // no signal: keep the item and try again later
      }
      if (answer.status === 409 && answer.body?.type === 'urn:fleet:problem:in-progress') break;
      if (answer.status >= 500) break;
      store.set('outbox', outbox().filter((i) => i.key !== item.key));
      if (answer.ok) {
        if (answer.body?.id && answer.body?.state) trips.set(answer.body.id, answer.body);
      } else {
        refused(item, answer.body);
      }
    }
  } finally {
    flushing = false;
    showNet();
    render();
  }
}

/** A write the server refused: drop the writes queued after it on the same trip too, and tell why. */
function refused(item, problem) {
  if (item.trip) store.set('outbox', outbox().filter((i) => i.trip !== item.trip));
  const state = problem?.currentState ? ` (${t('states')[problem.currentState] ?? problem.currentState})` : '';
  const why = problem?.lastChange?.details?.reason ? ' — ' + problem.lastChange.details.reason : '';
  toast(`${t('refused')}: ${problem?.detail ?? ''}${state}${why}`);
  const box = document.getElementById('refusals');
  store.set('refusals', [...store.get('refusals', []), { path: item.path, detail: problem?.detail, state: problem?.currentState, why }].slice(-5));
  if (box) render();
}

function showNet() {
  const n = outbox().length;
  const el = document.getElementById('net');
  el.textContent = (navigator.onLine ? '' : t('offline') + ' ') + (n ? t('pending')(n) : '');
  el.className = 'net' + (navigator.onLine ? '' : ' offline');
  el.dataset.pending = n;
}

// ---- push: server-sent events of the account's inbox, resumed from the last id seen -------------------------------

function connectPush() {
  const s = session();
  if (!s || push) return;
  const after = store.get('inbox.' + s.account.id);
  push = new EventSource(`/api/push?token=${encodeURIComponent(s.token)}` + (after ? `&after=${after}` : ''));
  push.addEventListener('ready', (e) => { if (!store.get('inbox.' + s.account.id)) store.set('inbox.' + s.account.id, e.lastEventId); });
  push.addEventListener('trip', (e) => {
    store.set('inbox.' + s.account.id, e.lastEventId);
    const change = JSON.parse(e.data);
    toast(`${change.action === 'ASSIGN' ? t('newTask') : t('updated')} #${change.requestId}: ${t('states')[change.state] ?? change.state}`
      + (change.summary ? ' — ' + change.summary : ''));
    refresh();
  });
}

function signedOut() {
  if (push) { push.close(); push = null; }
  store.del('session');
  view = { name: 'home' };
  render();
}

// ---- screens ------------------------------------------------------------------------------------------------------

async function refresh() {
  const s = session();
  if (!s) return render();
  try {
    const query = s.account.role === 'APPROVER' ? '?state=SUBMITTED' : '';
    const r = await api('/api/trips' + query);
    if (r.ok) { store.set('list', r.body); for (const trip of r.body) if (!trips.has(trip.id) || trips.get(trip.id).version <= trip.version) trips.set(trip.id, trip); }
    if (view.name === 'trip') {
      const one = await api('/api/trips/' + view.id);
      if (one.ok) trips.set(view.id, one.body);
    }
  } catch (e) {
    // offline: show what we have
  }
  render();
}

// A push redraws the screen; what the person was typing into a form must survive it (an amount half entered).
function render() {
  const typed = [...document.querySelectorAll('form[id] [name]')]
    .filter((el) => (el.tagName === 'SELECT' ? !el.options[el.selectedIndex]?.defaultSelected : el.value !== el.defaultValue))
    .map((el) => [el.form.id, el.name, el.value]);
  renderScreen();
  for (const [form, name, value] of typed) {
    const el = document.querySelector(`form#${form} [name="${name}"]`);
    if (el) el.value = value;
  }
}

function renderScreen() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.getElementById('title').textContent = t('title');
  document.getElementById('lang').textContent = lang === 'zh' ? 'EN' : '中文';
  showNet();
  app.replaceChildren();
  const s = session();
  if (!s) return app.append(signInScreen());
  if (view.name === 'trip') return app.append(...tripScreen(s, trips.get(view.id)));
  app.append(...homeScreen(s));
}

function signInScreen() {
  const form = h('form', { id: 'sign-in', onsubmit: async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    try {
      const r = await api('/api/session', { method: 'POST', body: JSON.stringify({ ...data, deviceId: deviceId() }) });
      if (!r.ok) { form.querySelector('.error').textContent = `${t('signInFailed')}: ${r.body?.detail ?? r.status}`; return; }
      store.set('session', r.body);
      connectPush();
      refresh();
    } catch (err) {
      form.querySelector('.error').textContent = t('offline');
    }
  } },
  h('h2', {}, t('signIn')),
  h('label', { for: 'username' }, t('username')), h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true }),
  h('label', { for: 'password' }, t('password')), h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
  h('p', { class: 'error' }),
  h('button', { class: 'primary', type: 'submit' }, t('signIn')));
  return h('section', {}, form);
}

function homeScreen(s) {
  const role = s.account.role;
  const list = store.get('list', []);
  const parts = [h('section', {}, h('div', { class: 'row' }, h('div', {}, h('strong', { id: 'who' }, s.account.displayName),
    h('div', { class: 'muted' }, s.account.username)),
  h('button', { class: 'secondary', id: 'sign-out', onclick: async () => { try { await api('/api/session', { method: 'DELETE' }); } catch { /* offline */ } signedOut(); } }, t('signOut'))))];
  const refusals = store.get('refusals', []);
  if (refusals.length) {
    parts.push(h('section', { id: 'refusals' }, h('h2', {}, t('refused')),
      refusals.map((r) => h('p', { class: 'error' }, `${r.detail ?? ''} ${r.state ? '(' + (t('states')[r.state] ?? r.state) + ')' : ''}${r.why ?? ''}`)),
      h('button', { class: 'secondary', onclick: () => { store.del('refusals'); render(); } }, 'OK')));
  }
  if (role === 'REQUESTER') {
    parts.push(view.name === 'new' ? requestForm()
      : h('button', { class: 'primary', id: 'open-request', onclick: () => { view = { name: 'new' }; render(); } }, t('newRequest')));
  }
  parts.push(h('h2', {}, role === 'DRIVER' ? t('myTrips') : role === 'REQUESTER' ? t('myRequests') : t('toApprove')));
  if (!list.length) parts.push(h('p', { class: 'muted' }, t('noTrips')));
  for (const trip of list) {
    const known = trips.get(trip.id) ?? trip;
    parts.push(h('button', { class: 'card trip', 'data-trip': trip.id, 'data-state': known.state, onclick: () => { view = { name: 'trip', id: trip.id }; refresh(); } },
      h('div', { class: 'row' }, h('strong', {}, `#${trip.id} ${known.pickupPlace}`), h('span', { class: 'state ' + known.state }, t('states')[known.state])),
      h('div', { class: 'muted' }, `${fmt(known.windowStart)} → ${known.destinations.map((d) => d.name).join(', ')}`)));
  }
  return parts;
}

function requestForm() {
  const local = (d) => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  const startAt = new Date(Date.now() + 3600e3);
  const form = h('form', { id: 'new-request', onsubmit: (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    queueWrite('/api/trips', {
      category: f.category, passengers: Number(f.passengers), pickupPlace: f.pickupPlace,
      pickupLon: Number(f.pickupLon), pickupLat: Number(f.pickupLat),
      windowStart: new Date(f.windowStart).toISOString(), windowEnd: new Date(f.windowEnd).toISOString(),
      destinations: [{ name: f.destination, lon: Number(f.destLon), lat: Number(f.destLat) }], notes: f.notes || null,
    });
    view = { name: 'home' };
    setTimeout(refresh, 300);
  } },
  h('h2', {}, t('newRequest')),
  h('label', {}, t('category')), h('select', { name: 'category' }, Object.entries(t('categories')).map(([k, v]) => h('option', { value: k }, v))),
  h('label', {}, t('passengers')), h('input', { name: 'passengers', type: 'number', min: 1, max: 59, value: 1, required: true }),
  h('label', {}, t('pickupPlace')), h('input', { name: 'pickupPlace', required: true, maxlength: 128 }),
  h('div', { class: 'row' }, h('div', {}, h('label', {}, t('lon')), h('input', { name: 'pickupLon', type: 'number', step: 'any', value: '1.5211', required: true })),
    h('div', {}, h('label', {}, t('lat')), h('input', { name: 'pickupLat', type: 'number', step: 'any', value: '42.5063', required: true }))),
  h('div', { class: 'row' }, h('div', {}, h('label', {}, t('start')), h('input', { name: 'windowStart', type: 'datetime-local', value: local(startAt), required: true })),
    h('div', {}, h('label', {}, t('end')), h('input', { name: 'windowEnd', type: 'datetime-local', value: local(new Date(startAt.getTime() + 7200e3)), required: true }))),
  h('label', {}, t('destination')), h('input', { name: 'destination', required: true, maxlength: 128 }),
  h('div', { class: 'row' }, h('div', {}, h('label', {}, t('lon')), h('input', { name: 'destLon', type: 'number', step: 'any', value: '1.5340', required: true })),
    h('div', {}, h('label', {}, t('lat')), h('input', { name: 'destLat', type: 'number', step: 'any', value: '42.5096', required: true }))),
  h('label', {}, t('notes')), h('input', { name: 'notes', maxlength: 500 }),
  h('button', { class: 'primary', type: 'submit' }, t('submit')));
  return h('section', {}, form);
}

/** The driver's next steps by state and phase. */
function driverSteps(trip) {
  if (trip.state === 'SCHEDULED') return ['accept', 'refuse'];
  if (trip.state === 'ACCEPTED') return ['start'];
  if (trip.state !== 'UNDER_WAY') return [];
  return { DEPARTED: ['at-pickup'], AT_PICKUP: ['aboard'], ABOARD: ['arrive'], ARRIVED: ['complete'] }[trip.phase] ?? ['complete'];
}

const STEP_LABEL = { accept: 'accept', refuse: 'refuse', start: 'startTrip', 'at-pickup': 'atPickup', aboard: 'aboard',
  arrive: 'arrive', complete: 'complete', approve: 'approve', reject: 'reject', cancel: 'cancel' };
const AFTER = { accept: ['ACCEPTED'], start: ['UNDER_WAY', 'DEPARTED'], 'at-pickup': ['UNDER_WAY', 'AT_PICKUP'], aboard: ['UNDER_WAY', 'ABOARD'],
  arrive: ['UNDER_WAY', 'ARRIVED'], complete: ['COMPLETED'], approve: ['APPROVED'], reject: ['REJECTED'], cancel: ['CANCELLED'], refuse: ['APPROVED'] };

function tripScreen(s, trip) {
  const back = h('button', { class: 'secondary', id: 'back', onclick: () => { view = { name: 'home' }; refresh(); } }, t('back'));
  if (!trip) return [back];
  const role = s.account.role;
  const info = h('section', { id: 'trip', 'data-state': trip.state, 'data-phase': trip.phase ?? '' },
    h('div', { class: 'row' }, h('h2', {}, `#${trip.id} ${t('categories')[trip.category]}`), h('span', { class: 'state ' + trip.state, id: 'trip-state' },
      t('states')[trip.state] + (trip.phase && trip.state === 'UNDER_WAY' ? ' · ' + t('phases')[trip.phase] : ''))),
    h('p', {}, `${fmt(trip.windowStart)} – ${fmt(trip.windowEnd)}`),
    h('p', {}, `${trip.pickupPlace} → ${trip.destinations.map((d) => d.name).join(' → ')}`),
    h('p', { class: 'muted' }, `${trip.requester} · ${trip.passengers}`),
    trip.vehicleId ? h('p', { id: 'assignment' }, `${t('vehicle')} #${trip.vehicleId} · ${t('driver')} #${trip.driverId ?? '-'}`) : null,
    h('p', { id: 'position', class: 'muted' }));
  const parts = [back, info];
  const steps = role === 'DRIVER' ? driverSteps(trip)
    : role === 'APPROVER' ? (trip.state === 'SUBMITTED' ? ['approve', 'reject'] : [])
      : ['SUBMITTED', 'APPROVED', 'SCHEDULED', 'ACCEPTED'].includes(trip.state) ? ['cancel'] : [];
  if (steps.length) parts.push(stepForm(trip, steps));
  if (role === 'REQUESTER' && trip.state === 'COMPLETED') parts.push(rateForm(trip));
  if (role === 'DRIVER' && ['ACCEPTED', 'UNDER_WAY', 'COMPLETED'].includes(trip.state)) parts.push(expenseForm(trip), problemForm(trip));
  if (trip.events) parts.push(h('section', {}, h('h2', {}, t('events')), h('ol', { class: 'events' },
    trip.events.map((e) => h('li', {}, `${fmt(e.at)} ${e.actor} ${e.action}${e.details?.reason ? ' — ' + e.details.reason : ''}`)))));
  if (['SCHEDULED', 'ACCEPTED', 'UNDER_WAY'].includes(trip.state)) showPosition(trip.id);
  return parts;
}

function stepForm(trip, steps) {
  const needsReading = steps.includes('start') || steps.includes('complete');
  const needsReason = steps.some((st) => ['refuse', 'reject', 'cancel'].includes(st));
  const form = h('form', { id: 'steps', onsubmit: (e) => e.preventDefault() },
    needsReading ? [h('label', {}, t('odometer')), h('input', { name: 'odometerKm', type: 'number', step: '0.1', min: 0 }),
      h('label', {}, t('energy')), h('input', { name: 'energyPercent', type: 'number', min: 0, max: 100 }),
      h('label', {}, t('photo')), h('input', { name: 'photo', type: 'file', accept: 'image/jpeg,image/png', capture: 'environment' })] : null,
    needsReason ? [h('label', {}, t('reason')), h('input', { name: 'reason', maxlength: 500 })] : null,
    steps.map((st) => h('button', { type: 'button', class: ['refuse', 'reject', 'cancel'].includes(st) ? 'danger' : 'primary', 'data-step': st,
      onclick: () => takeStep(trip, st, form) }, t(STEP_LABEL[st]))));
  return h('section', {}, form);
}

async function takeStep(trip, step, form) {
  const f = new FormData(form);
  const body = { version: trip.version, phoneTime: new Date().toISOString() };
  if (f.get('reason')) body.reason = f.get('reason');
  if (f.get('odometerKm')) body.odometerKm = Number(f.get('odometerKm'));
  if (f.get('energyPercent')) body.energyPercent = Number(f.get('energyPercent'));
  const photo = f.get('photo');
  if (photo && photo.size) body.photo = await dataUrl(photo);
  Object.assign(body, await position());
  queueWrite(`/api/trips/${trip.id}/${step}`, body, trip.id);
  // Shown at once as done; the version is what the server will have after this step, for a step queued after it.
  const [state, phase] = AFTER[step] ?? [trip.state];
  trips.set(trip.id, { ...trip, state, phase: phase ?? trip.phase, version: trip.version + 1 });
  if (!navigator.onLine) toast(t('queued'));
  render();
}

function rateForm(trip) {
  const stars = h('div', { class: 'row stars', id: 'rate' }, [1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', 'data-rating': n,
    onclick: () => { queueWrite(`/api/trips/${trip.id}/evaluate`, { version: trip.version, rating: n }, trip.id);
      trips.set(trip.id, { ...trip, state: 'EVALUATED', rating: n, version: trip.version + 1 }); render(); } }, '★')));
  return h('section', {}, h('h2', {}, t('rate')), stars);
}

function expenseForm(trip) {
  const form = h('form', { id: 'expense', onsubmit: (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    queueWrite(`/api/trips/${trip.id}/expenses`, { kind: f.kind, amountCents: Math.round(Number(f.amount) * 100), spentAt: new Date().toISOString() }, trip.id);
    form.reset();
  } },
  h('h2', {}, t('expense')),
  h('div', { class: 'row' }, h('select', { name: 'kind' }, Object.entries(t('kinds')).map(([k, v]) => h('option', { value: k }, v))),
    h('input', { name: 'amount', type: 'number', step: '0.01', min: '0.01', required: true, placeholder: t('amount') })),
  h('button', { class: 'secondary', type: 'submit' }, t('send')));
  return h('section', {}, form);
}

function problemForm(trip) {
  const form = h('form', { id: 'problem', onsubmit: async (e) => {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(form));
    queueWrite(`/api/trips/${trip.id}/problems`, { kind: f.kind, description: f.description, phoneTime: new Date().toISOString(), ...(await position()) }, trip.id);
    form.reset();
  } },
  h('h2', {}, t('report')),
  h('select', { name: 'kind' }, Object.entries(t('problems')).map(([k, v]) => h('option', { value: k }, v))),
  h('label', {}, t('description')), h('input', { name: 'description', required: true, maxlength: 500 }),
  h('button', { class: 'danger', type: 'submit' }, t('send')));
  return h('section', {}, form);
}

async function showPosition(id) {
  try {
    const r = await api(`/api/trips/${id}/position`);
    const el = document.getElementById('position');
    if (!el || !r.ok) return;
    const p = r.body;
    el.textContent = p.status === 'LIVE'
      ? `${p.plate} ${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}` + (p.etaSeconds != null ? ` · ${t('eta')} ${Math.ceil(p.etaSeconds / 60)} ${t('minutes')}` : '')
      : '';
  } catch { /* offline */ }
}

/** The phone's position when it can tell within a moment, else nothing (the step is still taken). */
function position() {
  if (!navigator.geolocation) return Promise.resolve({});
  return new Promise((resolve) => {
    const done = setTimeout(() => resolve({}), 1500);
    navigator.geolocation.getCurrentPosition((p) => { clearTimeout(done); resolve({ lon: p.coords.longitude, lat: p.coords.latitude }); },
      () => { clearTimeout(done); resolve({}); }, { maximumAge: 60000, timeout: 1500 });
  });
}

function dataUrl(file) {
  return new Promise((resolve, reject) => { const r = new FileReader(); r.onload = () => resolve(r.result); r.onerror = reject; r.readAsDataURL(file); });
}

function fmt(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

document.getElementById('lang').addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; store.set('lang', lang); render(); });
window.addEventListener('online', () => { showNet(); flush(); refresh(); });
window.addEventListener('offline', showNet);
setInterval(() => { if (outbox().length) flush(); }, 5000);
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});

render();
if (session()) { connectPush(); refresh(); flush(); }
