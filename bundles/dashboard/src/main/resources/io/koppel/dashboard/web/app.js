'use strict';
// The Koppel dashboard: plain JavaScript on the JSON endpoints under api/ (documented in the README).

const COLUMNS = ['name', 'title', 'type', 'amount', 'ogm', 'status', 'reason', 'invoice', 'document', 'entryNumber',
    'sent', 'processed'];
const PAGE_SIZE = 50;
const state = {
    language: null, texts: {}, session: null,
    postings: {offset: 0, total: 0, sort: null, direction: 'asc', search: '', filters: {}, selected: new Set()},
    connections: [], editing: null,
    sync: {previewing: null, polls: 0}
};
const $ = id => document.getElementById(id);
const t = key => state.texts[key] || key;

// --- talking to the server

async function api(method, route, body, query) {
    const url = 'api/' + route + (query ? '?' + new URLSearchParams(query) : '');
    const headers = {'X-Koppel-Language': state.language || navigator.language};
    const options = {method, headers, credentials: 'same-origin'};
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        if (state.session) {
            headers['X-CSRF-Token'] = state.session.csrfToken;
        }
        options.body = JSON.stringify(body);
    }
    const response = await fetch(url, options);
    const answer = await response.json().catch(() => ({}));
    if (response.status === 401 && route !== 'login' && route !== 'session') {
        showLogin();
    }
    if (!response.ok) {
        const error = new Error(answer.error || response.status);
        error.status = response.status;
        throw error;
    }
    return answer;
}

function say(text, isError) {
    const message = $('message');
    message.textContent = text;
    message.className = isError ? 'error' : '';
    message.hidden = false;
    clearTimeout(say.timer);
    say.timer = setTimeout(() => { message.hidden = true; }, isError ? 8000 : 3000);
}

async function attempt(action) {
    try {
        await action();
    } catch (error) {
        say(error.message, true);
    }
}

// --- language

async function loadTexts(language) {
    const answer = await api('GET', 'texts', undefined, {lang: language});
    state.language = answer.language;
    state.texts = answer.texts;
    localStorage.setItem('koppel.language', state.language);
    document.documentElement.lang = state.language;
    const select = $('language');
    select.replaceChildren(...answer.languages.map(code => new Option(code.toUpperCase(), code)));
    select.value = state.language;
    document.querySelectorAll('[data-text]').forEach(element => { element.textContent = t(element.dataset.text); });
    document.querySelectorAll('[data-placeholder]').forEach(element => { element.placeholder = t(element.dataset.placeholder); });
    document.querySelectorAll('[data-title]').forEach(element => { element.title = t(element.dataset.title); });
}

// --- login and navigation

function showLogin() {
    state.session = null;
    $('nav').hidden = true;
    $('user').hidden = true;
    $('logout').hidden = true;
    document.querySelectorAll('.page').forEach(page => { page.hidden = true; });
    $('login').hidden = false;
}

function showSession(session) {
    state.session = session;
    $('login').hidden = true;
    $('nav').hidden = false;
    $('user').hidden = false;
    $('user').textContent = session.user;
    $('logout').hidden = false;
    document.querySelectorAll('[data-admin]').forEach(element => { element.hidden = !session.admin; });
    showInstalled();
    route();
}

function route() {
    if (!state.session) {
        return;
    }
    let page = location.hash.replace('#', '') || (state.session.admin ? 'connections' : 'postings');
    if (page === 'connections' && !state.session.admin) {
        page = 'postings';
    }
    document.querySelectorAll('.page').forEach(section => { section.hidden = section.id !== 'page-' + page; });
    document.querySelectorAll('nav a').forEach(link => { link.classList.toggle('active', link.id === 'nav-' + page); });
    ({connections: loadConnections, postings: loadPostings, sync: loadSync, customers: loadCustomerUpdates,
        log: loadLog})[page]();
}

// --- connections

async function loadConnections() {
    await attempt(async () => {
        const answer = await api('GET', 'connections');
        state.connections = answer.connections;
        const sites = $('new-site');
        if (!sites.options.length) {
            sites.replaceChildren(...answer.sites.map(site => new Option(site, site)));
        }
        $('connections').tBodies[0].replaceChildren(...answer.connections.map(connectionRow));
    });
}

function connectionRow(connection) {
    const row = document.createElement('tr');
    row.dataset.hostEntity = connection.hostEntity;
    const budget = connection.budget
        ? t('dashboard.connection.budgetUse').replace('{0}', connection.budget.used)
            .replace('{1}', connection.budget.limit) : '';
    cells(row, [
        connection.hostEntity + ' (' + connection.site + ')',
        null,
        connection.exactUser || '',
        connection.division || '',
        [connection.invoiceJournal, connection.creditNoteJournal].filter(Boolean).join(' / '),
        [connection.costCenter, connection.costUnit].filter(Boolean).join(' / '),
        budget
    ]);
    const stateCell = row.cells[1];
    const label = document.createElement('span');
    label.className = 'status state-' + connection.state;
    label.textContent = connection.stateLabel;
    stateCell.append(label);
    if (connection.reason) {
        stateCell.append(document.createElement('br'), connection.reason);
    }
    row.cells[6].className = 'budget';
    const actions = row.insertCell();
    const configure = document.createElement('button');
    configure.type = 'button';
    configure.textContent = t('dashboard.connection.configure');
    configure.className = 'configure';
    configure.addEventListener('click', () => openEditor(connection));
    actions.append(configure);
    return row;
}

async function link(hostEntity, site) {
    await attempt(async () => {
        const answer = await api('POST', 'connections/connect', {hostEntity, site});
        location.assign(answer.authorizationUri);
    });
}

async function openEditor(connection) {
    state.editing = connection;
    $('connection-editor').hidden = false;
    $('editor-title').textContent = connection.hostEntity + ' - ' + connection.stateLabel;
    $('editor-cost-center').value = connection.costCenter || '';
    $('editor-cost-unit').value = connection.costUnit || '';
    const linked = connection.state === 'INCOMPLETE' || connection.state === 'CONNECTED';
    for (const id of ['editor-division', 'editor-save-division', 'editor-invoice-journal', 'editor-credit-journal',
        'editor-save-journals', 'editor-cost-center', 'editor-cost-unit', 'editor-save-costs']) {
        $(id).disabled = !linked;
    }
    $('editor-division').replaceChildren();
    $('editor-invoice-journal').replaceChildren();
    $('editor-credit-journal').replaceChildren();
    if (!linked) {
        return;
    }
    await attempt(async () => {
        const divisions = await api('GET', 'connections/divisions', undefined, {hostEntity: connection.hostEntity});
        $('editor-division').replaceChildren(...divisions.map(division =>
            new Option(division.code + ' - ' + division.description, division.code)));
        if (connection.division) {
            $('editor-division').value = connection.division;
        }
        if (connection.division) {
            const journals = await api('GET', 'connections/journals', undefined, {hostEntity: connection.hostEntity});
            for (const [id, chosen] of [['editor-invoice-journal', connection.invoiceJournal],
                ['editor-credit-journal', connection.creditNoteJournal]]) {
                $(id).replaceChildren(...journals.map(journal => new Option(journal.code + ' - ' + journal.description,
                    journal.code)));
                if (chosen) {
                    $(id).value = chosen;
                }
            }
        }
    });
}

async function saveConnection(route, body) {
    await attempt(async () => {
        const connection = await api('POST', route, Object.assign({hostEntity: state.editing.hostEntity}, body));
        say(t('dashboard.saved'));
        await loadConnections();
        await openEditor(connection);
    });
}

// --- postings

function postingQuery() {
    const query = {};
    const postings = state.postings;
    if (postings.search) {
        query.search = postings.search;
    }
    for (const [column, value] of Object.entries(postings.filters)) {
        if (value) {
            query['filter.' + column] = value;
        }
    }
    if (postings.sort) {
        query.sort = postings.sort;
        query.direction = postings.direction;
    }
    return query;
}

function buildPostingHeadings() {
    const headings = $('postings-headings');
    const filters = $('postings-filters');
    const check = document.createElement('th');
    headings.replaceChildren(check);
    filters.replaceChildren(document.createElement('th'));
    for (const column of COLUMNS) {
        const heading = document.createElement('th');
        heading.className = 'sortable';
        heading.dataset.column = column;
        heading.id = 'sort-' + column;
        const sorted = state.postings.sort === column;
        heading.textContent = t('overview.' + column) + (sorted ? (state.postings.direction === 'asc' ? ' ▲' : ' ▼') : '');
        heading.addEventListener('click', () => {
            const postings = state.postings;
            postings.direction = postings.sort === column && postings.direction === 'asc' ? 'desc' : 'asc';
            postings.sort = column;
            postings.offset = 0;
            buildPostingHeadings();
            loadPostings();
        });
        headings.append(heading);
        const cell = document.createElement('th');
        let input;
        if (column === 'status' || column === 'type') {
            input = document.createElement('select');
            const values = column === 'status' ? ['NEW', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'FATAL']
                : ['INVOICE', 'CREDIT_NOTE'];
            input.append(new Option('', ''), ...values.map(value => new Option(t((column === 'type' ? 'documentType.' : 'status.') + value), value)));
        } else {
            input = document.createElement('input');
            input.type = column === 'sent' || column === 'processed' ? 'date' : 'search';
        }
        input.id = 'filter-' + column;
        input.value = state.postings.filters[column] || '';
        input.addEventListener(input.tagName === 'SELECT' || input.type === 'date' ? 'change' : 'input', () => {
            state.postings.filters[column] = input.value;
            state.postings.offset = 0;
            debounce(loadPostings);
        });
        cell.append(input);
        filters.append(cell);
    }
}

function debounce(action) {
    clearTimeout(debounce.timer);
    debounce.timer = setTimeout(action, 300);
}

async function loadPostings() {
    if (!$('postings-headings').children.length) {
        buildPostingHeadings();
    }
    const query = postingQuery();
    $('postings-export').href = 'api/postings.xlsx?' + new URLSearchParams(Object.assign({lang: state.language}, query));
    await attempt(async () => {
        const page = await api('GET', 'postings', undefined,
            Object.assign({offset: state.postings.offset, limit: PAGE_SIZE}, query));
        state.postings.total = page.total;
        $('postings').tBodies[0].replaceChildren(...page.items.map(postingRow));
        $('postings-count').textContent = t('dashboard.postings.count').replace('{0}', page.total);
        const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
        $('postings-page').textContent = (Math.floor(state.postings.offset / PAGE_SIZE) + 1) + ' / ' + pages;
        $('postings-previous').disabled = state.postings.offset === 0;
        $('postings-next').disabled = state.postings.offset + PAGE_SIZE >= page.total;
    });
}

function postingRow(posting) {
    const row = document.createElement('tr');
    row.dataset.documentNumber = posting.documentNumber;
    row.dataset.status = posting.status;
    row.className = posting.status.toLowerCase();
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'select';
    box.checked = state.postings.selected.has(posting.documentNumber);
    box.addEventListener('change', () => {
        if (box.checked) {
            state.postings.selected.add(posting.documentNumber);
        } else {
            state.postings.selected.delete(posting.documentNumber);
        }
    });
    row.insertCell().append(box);
    cells(row, [posting.name, posting.title, posting.typeLabel, posting.amount, posting.ogm, posting.statusLabel,
        posting.reason, posting.invoice, posting.documentNumber, posting.entryNumber, time(posting.sent),
        time(posting.processed)]);
    row.cells[4].className = 'number';
    row.cells[6].classList.add('status');
    return row;
}

function visibleDocumentNumbers() {
    return [...$('postings').tBodies[0].rows].map(row => row.dataset.documentNumber);
}

async function repostSelection() {
    const numbers = [...state.postings.selected];
    await attempt(async () => {
        const answer = await api('POST', 'postings/repost', {documentNumbers: numbers});
        const queued = answer.items.filter(posting => posting.status === 'NEW').length;
        say(t('dashboard.postings.reposted').replace('{0}', queued));
        state.postings.selected.clear();
        await loadPostings();
    });
}

async function resetFatalSelection() {
    const numbers = [...state.postings.selected];
    await attempt(async () => {
        const answer = await api('POST', 'postings/reset-fatal', {documentNumbers: numbers});
        say(t('dashboard.postings.resetDone').replace('{0}', answer.items.length));
        state.postings.selected.clear();
        await loadPostings();
    });
}

// --- features whose bundle may be absent

async function showInstalled() {
    await attempt(async () => {
        const installed = await api('GET', 'installed');
        for (const [feature, present] of Object.entries(installed)) {
            markInstalled(feature, present);
        }
    });
}

function markInstalled(feature, present) {
    const link = $('nav-' + feature);
    link.classList.toggle('unavailable', !present);
    link.title = present ? '' : t('dashboard.nav.notInstalled');
}

/** Runs a page's loading; a 503 means its bundle is not installed (now), which the page then says. */
async function loadFeature(feature, load) {
    try {
        await load();
        $(feature + '-not-installed').hidden = true;
        $(feature + '-content').hidden = false;
        markInstalled(feature, true);
    } catch (error) {
        if (error.status === 503) {
            $(feature + '-not-installed').hidden = false;
            $(feature + '-content').hidden = true;
            markInstalled(feature, false);
        } else {
            say(error.message, true);
        }
    }
}

// --- payment sync

async function loadSync() {
    await loadFeature('sync', async () => {
        const [health, ledgers] = await Promise.all([api('GET', 'sync/health'), api('GET', 'sync/ledgers')]);
        $('sync-health').tBodies[0].replaceChildren(...health.map(syncHealthRow));
        $('sync-ledgers').replaceChildren(...ledgers.map(ledger => new Option(ledger.name + ' (' +
            ledger.hostEntities.join(', ') + ')', ledger.id)));
        if (!$('sync-ledger').value && ledgers.length) {
            $('sync-ledger').value = ledgers[0].id;
        }
        await loadSyncFiles();
    });
}

function syncHealthRow(health) {
    const row = document.createElement('tr');
    row.dataset.hostEntity = health.hostEntity;
    cells(row, [health.hostEntity, t(health.automatic ? 'dashboard.yes' : 'dashboard.no'),
        t('dashboard.sync.toleranceCents').replace('{0}', health.toleranceCents), time(health.lastRunAt),
        time(health.lastSuccessAt), health.lastError,
        health.catchingUp ? t('dashboard.sync.catchingUpYes') : t('dashboard.no')]);
    if (health.lastError) {
        row.className = 'failed';
    }
    return row;
}

async function loadSyncFiles() {
    const ledger = $('sync-ledger').value.trim();
    if (!ledger) {
        $('sync-files').tBodies[0].replaceChildren();
        return;
    }
    const files = await api('GET', 'sync/files', undefined, {ledger});
    $('sync-files').tBodies[0].replaceChildren(...files.map(syncFileRow));
    // a file is made in the background: look again until none is being made
    clearTimeout(state.sync.timer);
    if (files.some(file => file.status === 'CREATING') && state.sync.polls++ < 120) {
        state.sync.timer = setTimeout(() => attempt(loadSyncFiles), 1000);
    }
}

function syncFileRow(file) {
    const row = document.createElement('tr');
    row.dataset.id = file.id;
    row.dataset.status = file.status;
    cells(row, [file.sequenceNumber, time(file.createdAt), file.statusLabel, file.settlementCount]);
    const downloads = row.insertCell();
    if (file.status === 'READY' || file.status === 'PROCESSED') {
        for (const [name, route] of [['xml', 'sync/file.xml'], ['pdf', 'sync/report.pdf'], ['xlsx', 'sync/report.xlsx']]) {
            const link = document.createElement('a');
            link.className = 'button download-' + name;
            link.textContent = t('dashboard.sync.' + name);
            link.href = 'api/' + route + '?' + new URLSearchParams({id: file.id, lang: state.language});
            downloads.append(link);
        }
    }
    const actions = row.insertCell();
    if (file.status === 'READY') {
        const process = document.createElement('button');
        process.type = 'button';
        process.className = 'process';
        process.textContent = t('dashboard.sync.process');
        process.addEventListener('click', () => previewSyncFile(file));
        actions.append(process);
    }
    return row;
}

async function createSyncFile() {
    await attempt(async () => {
        const body = {ledger: $('sync-ledger').value.trim()};
        if ($('sync-host-entities').value.trim()) {
            body.hostEntities = $('sync-host-entities').value.trim();
        }
        const file = await api('POST', 'sync/create', body);
        say(t('dashboard.sync.creating').replace('{0}', file.sequenceNumber));
        state.sync.polls = 0;
        await loadSyncFiles();
    });
}

/** Shows what processing the file would change, or why it may not be processed, before the user confirms. */
async function previewSyncFile(file) {
    state.sync.previewing = file;
    $('sync-preview').hidden = false;
    $('sync-preview-title').textContent = t('dashboard.sync.preview').replace('{0}', file.fileName || file.id);
    $('sync-preview-settlements').tBodies[0].replaceChildren();
    $('sync-preview-mismatch-list').replaceChildren();
    $('sync-preview-mismatches').hidden = true;
    $('sync-preview-empty').hidden = true;
    $('sync-preview-refused').hidden = true;
    $('sync-preview-settlements').hidden = false;
    $('sync-confirm').disabled = true;
    try {
        const preview = await api('GET', 'sync/preview', undefined, {id: file.id});
        $('sync-preview-settlements').tBodies[0].replaceChildren(...preview.settlements.map(settlement => {
            const row = document.createElement('tr');
            row.dataset.documentNumber = settlement.documentNumber;
            row.dataset.kind = settlement.kind;
            cells(row, [settlement.documentNumber, settlement.hostEntity, settlement.kindLabel, settlement.invoiceAmount,
                settlement.paidAmount, settlement.outstandingAmount, settlement.writtenOffAmount]);
            return row;
        }));
        $('sync-preview-empty').hidden = preview.settlements.length > 0;
        $('sync-preview-mismatch-list').replaceChildren(...preview.mismatches.map(mismatch => {
            const item = document.createElement('li');
            item.textContent = mismatch.documentNumber + ': ' + mismatch.reason;
            return item;
        }));
        $('sync-preview-mismatches').hidden = preview.mismatches.length === 0;
        $('sync-confirm').disabled = false;
    } catch (refused) {
        showSyncRefusal(refused);
    }
}

function showSyncRefusal(error) {
    $('sync-preview-refused').textContent = error.message;
    $('sync-preview-refused').hidden = false;
    $('sync-preview-settlements').hidden = true;
    $('sync-confirm').disabled = true;
}

async function processSyncFile() {
    const file = state.sync.previewing;
    $('sync-confirm').disabled = true;
    try {
        const processed = await api('POST', 'sync/process', {id: file.id});
        say(t('dashboard.sync.processed').replace('{0}', processed.sequenceNumber)
            .replace('{1}', processed.settlementCount));
        $('sync-preview').hidden = true;
        await loadSyncFiles();
    } catch (refused) {
        showSyncRefusal(refused);
    }
}

// --- customer updates

async function loadCustomerUpdates() {
    const select = $('customers-status');
    const chosen = select.value;
    select.replaceChildren(new Option(t('dashboard.customers.allStatuses'), ''),
        ...['NEW', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'FATAL'].map(status => new Option(t('status.' + status), status)));
    select.value = chosen;
    const query = {};
    if (select.value) {
        query.status = select.value;
    }
    if ($('customers-address').value.trim()) {
        query.addressId = $('customers-address').value.trim();
    }
    $('customers-resend').disabled = !query.addressId;
    await loadFeature('customers', async () => {
        const answer = await api('GET', 'customers/updates', undefined, query);
        $('customer-updates').tBodies[0].replaceChildren(...answer.items.map(customerUpdateRow));
        $('customers-count').textContent = t('dashboard.customers.count').replace('{0}', answer.items.length);
    });
}

function customerUpdateRow(update) {
    const row = document.createElement('tr');
    row.dataset.addressId = update.addressId;
    row.dataset.division = update.division;
    row.dataset.status = update.status;
    row.className = update.status.toLowerCase();
    cells(row, [update.addressId, update.division, update.statusLabel, update.reason, time(update.requestedAt),
        time(update.processedAt)]);
    const resend = document.createElement('button');
    resend.type = 'button';
    resend.className = 'resend';
    resend.textContent = t('dashboard.customers.resend');
    resend.addEventListener('click', () => resendCustomer(update.addressId));
    row.insertCell().append(resend);
    return row;
}

async function resendCustomer(addressId) {
    await attempt(async () => {
        const answer = await api('POST', 'customers/resend', {addressId});
        say(t('dashboard.customers.resent').replace('{0}', answer.items.length));
        await loadCustomerUpdates();
    });
}

// --- log

async function loadLog() {
    if (!$('log-day').value) {
        $('log-day').value = new Date().toISOString().substring(0, 10);
    }
    const query = {day: $('log-day').value};
    if ($('log-search-number').value.trim()) {
        query.searchNumber = $('log-search-number').value.trim();
    }
    if ($('log-failures').checked) {
        query.failures = 'true';
    }
    if ($('log-configuration-changes').checked) {
        query.configurationChanges = 'true';
    }
    await attempt(async () => {
        const answer = await api('GET', 'log', undefined, query);
        $('log').tBodies[0].replaceChildren(...answer.items.map(logRow));
        $('log-count').textContent = t('dashboard.log.count').replace('{0}', answer.total);
    });
}

function logRow(entry) {
    const row = document.createElement('tr');
    row.className = entry.failed ? 'failed' : '';
    row.dataset.searchNumber = entry.searchNumber;
    if (entry.setting) {
        row.className = 'configuration-change';
        cells(row, [time(entry.time), entry.searchNumber, entry.hostEntity, entry.setting, '', '',
            [entry.newValue, entry.changedBy && '(' + entry.changedBy + ')'].filter(Boolean).join(' ')]);
    } else {
        cells(row, [time(entry.time), entry.searchNumber, entry.hostEntity, entry.operation, entry.httpStatus,
            entry.durationMillis + ' ms', entry.message]);
    }
    row.addEventListener('click', () => showLogDetail(entry));
    return row;
}

function showLogDetail(entry) {
    const fields = $('log-detail-fields');
    fields.replaceChildren();
    for (const [key, value] of Object.entries(entry)) {
        const term = document.createElement('dt');
        term.textContent = t('dashboard.log.field.' + key);
        const description = document.createElement('dd');
        description.textContent = value === null ? '' : key === 'time' ? time(value)
            : typeof value === 'boolean' ? t(value ? 'dashboard.yes' : 'dashboard.no') : String(value);
        description.dataset.field = key;
        fields.append(term, description);
    }
    $('log-detail').hidden = false;
}

// --- helpers

/**
 * A table of fixed columns names its headings' texts in data-headings; data-actions adds a column of buttons. The
 * page of a feature whose bundle may be absent has a notice for when it is.
 */
function buildPage() {
    document.querySelectorAll('section[data-feature]').forEach(page => {
        const notice = document.createElement('p');
        notice.id = page.dataset.feature + '-not-installed';
        notice.className = 'not-installed';
        notice.dataset.text = 'dashboard.nav.notInstalled';
        notice.hidden = true;
        page.querySelector('h1').after(notice);
    });
    document.querySelectorAll('table[data-headings]').forEach(table => {
        const headings = table.dataset.headings.trim().split(/\s+/).map(key => {
            const heading = document.createElement('th');
            heading.dataset.text = key;
            return heading;
        });
        if ('actions' in table.dataset) {
            headings.push(document.createElement('th'));
        }
        table.createTHead().insertRow().append(...headings);
        table.createTBody();
    });
}

function cells(row, values) {
    for (const value of values) {
        row.insertCell().textContent = value === null || value === undefined ? '' : value;
    }
}

function time(iso) {
    return iso ? new Date(iso).toLocaleString(state.language) : '';
}

// --- wiring

document.addEventListener('DOMContentLoaded', async () => {
    buildPage();
    const language = localStorage.getItem('koppel.language') || navigator.language;
    await loadTexts(language);
    $('language').addEventListener('change', async () => {
        await loadTexts($('language').value);
        $('postings-headings').replaceChildren();
        route();
    });
    $('login-form').addEventListener('submit', async event => {
        event.preventDefault();
        await attempt(async () => {
            const session = await api('POST', 'login', {username: $('login-user').value,
                password: $('login-password').value});
            $('login-password').value = '';
            showSession(session);
        });
    });
    $('logout').addEventListener('click', async () => {
        await attempt(() => api('POST', 'logout', {}));
        showLogin();
    });
    window.addEventListener('hashchange', route);

    $('new-connection').addEventListener('submit', event => {
        event.preventDefault();
        link($('new-host-entity').value.trim(), $('new-site').value);
    });
    $('editor-relink').addEventListener('click', () => link(state.editing.hostEntity, state.editing.site));
    $('editor-save-division').addEventListener('click', () =>
        saveConnection('connections/division', {division: Number($('editor-division').value)}));
    $('editor-save-journals').addEventListener('click', () => saveConnection('connections/journals',
        {invoiceJournal: $('editor-invoice-journal').value, creditNoteJournal: $('editor-credit-journal').value}));
    $('editor-save-costs').addEventListener('click', () => saveConnection('connections/costs',
        {costCenter: $('editor-cost-center').value, costUnit: $('editor-cost-unit').value}));
    $('editor-disconnect').addEventListener('click', async () => {
        if (!confirm(t('dashboard.connection.confirmDisconnect').replace('{0}', state.editing.hostEntity))) {
            return;
        }
        await attempt(async () => {
            await api('POST', 'connections/disconnect', {hostEntity: state.editing.hostEntity});
            $('connection-editor').hidden = true;
            await loadConnections();
        });
    });
    $('editor-close').addEventListener('click', () => { $('connection-editor').hidden = true; });

    $('postings-refresh').addEventListener('click', loadPostings);
    $('postings-search').addEventListener('input', () => {
        state.postings.search = $('postings-search').value.trim();
        state.postings.offset = 0;
        debounce(loadPostings);
    });
    $('postings-select-all').addEventListener('click', () => {
        visibleDocumentNumbers().forEach(number => state.postings.selected.add(number));
        document.querySelectorAll('#postings input.select').forEach(box => { box.checked = true; });
    });
    $('postings-select-none').addEventListener('click', () => {
        state.postings.selected.clear();
        document.querySelectorAll('#postings input.select').forEach(box => { box.checked = false; });
    });
    $('postings-repost').addEventListener('click', repostSelection);
    $('postings-reset-fatal').addEventListener('click', resetFatalSelection);
    $('postings-previous').addEventListener('click', () => {
        state.postings.offset = Math.max(0, state.postings.offset - PAGE_SIZE);
        loadPostings();
    });
    $('postings-next').addEventListener('click', () => {
        state.postings.offset += PAGE_SIZE;
        loadPostings();
    });

    $('sync-create').addEventListener('submit', event => {
        event.preventDefault();
        createSyncFile();
    });
    $('sync-refresh').addEventListener('click', loadSync);
    $('sync-ledger').addEventListener('input', () => debounce(() => attempt(loadSyncFiles)));
    $('sync-confirm').addEventListener('click', processSyncFile);
    $('sync-preview-close').addEventListener('click', () => { $('sync-preview').hidden = true; });

    $('customers-refresh').addEventListener('click', loadCustomerUpdates);
    $('customers-status').addEventListener('change', loadCustomerUpdates);
    $('customers-address').addEventListener('input', () => debounce(loadCustomerUpdates));
    $('customers-resend').addEventListener('click', () => resendCustomer($('customers-address').value.trim()));

    $('log-refresh').addEventListener('click', loadLog);
    $('log-day').addEventListener('change', loadLog);
    $('log-failures').addEventListener('change', loadLog);
    $('log-configuration-changes').addEventListener('change', loadLog);
    $('log-search-number').addEventListener('input', () => debounce(loadLog));
    $('log-detail-close').addEventListener('click', () => { $('log-detail').hidden = true; });

    try {
        showSession(await api('GET', 'session'));
    } catch (notLoggedIn) {
        showLogin();
    }
});
