'use strict';
// The dashboard: plain JavaScript against the REST API, HTTP Basic credentials kept for the browser session.

const view = document.getElementById('view');
let me = null;
let timer = null;
// Each navigation gets a number: work of an earlier view that finishes late must not touch the current one.
let generation = 0;

function credentials() {
    return sessionStorage.getItem('aqea-auth');
}

async function api(path, options = {}) {
    const headers = Object.assign({'Accept': 'application/json'}, options.headers || {});
    if (credentials()) headers['Authorization'] = 'Basic ' + credentials();
    if (options.body) headers['Content-Type'] = 'application/json';
    // The X-Requested-With header keeps the browser's own log-in dialog away on a 401.
    headers['X-Requested-With'] = 'fetch';
    const response = await fetch('/api' + path, Object.assign({}, options, {headers}));
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (response.status === 401) {
        showLogin('Please log in.');
        throw new Error('not logged in');
    }
    if (!response.ok) throw new Error(body && body.detail ? body.detail : response.status + ' ' + response.statusText);
    return body;
}

function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (name === 'class') node.className = value; else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
        // Through the CSSOM: the Content-Security-Policy refuses style attributes.
        else if (name === 'style') node.style.cssText = value;
        else node.setAttribute(name, value);
    }
    for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(child ?? ''));
    return node;
}

function bar(done, total, text) {
    // A range without pages is done from the start.
    const percent = total > 0 ? Math.min(100, Math.round(done * 100 / total)) : 100;
    return el('div', {class: 'bar', role: 'progressbar', 'aria-valuenow': percent},
        el('div', {style: 'width:' + percent + '%'}), el('span', {}, text ?? percent + '%'));
}

function duration(start, end) {
    if (!start) return '';
    const seconds = Math.round(((end ? Date.parse(clean(end)) : Date.now()) - Date.parse(clean(start))) / 1000);
    return seconds < 60 ? seconds + ' s' : Math.floor(seconds / 60) + ' min ' + seconds % 60 + ' s';
}

function clean(time) {
    return String(time).replace(/\[.*\]$/, '');
}

function showLogin(message) {
    document.getElementById('login').hidden = false;
    view.hidden = true;
    document.getElementById('login-error').textContent = message || '';
}

document.getElementById('login-form').addEventListener('submit', async event => {
    event.preventDefault();
    const user = document.getElementById('login-user').value;
    const password = document.getElementById('login-password').value;
    sessionStorage.setItem('aqea-auth', btoa(unescape(encodeURIComponent(user + ':' + password))));
    try {
        await start();
    } catch (e) {
        sessionStorage.removeItem('aqea-auth');
        showLogin('Log-in failed: ' + e.message);
    }
});

document.getElementById('logout').addEventListener('click', () => {
    sessionStorage.removeItem('aqea-auth');
    location.hash = '#/jobs';
    location.reload();
});

async function start() {
    me = await api('/me');
    // The start form offers the editions the server reads.
    const editions = await api('/editions');
    document.getElementById('jobs-template').content.getElementById('start-edition').replaceChildren(
        ...editions.map(edition => el('option', {value: edition.code, 'data-source': edition.source}, edition.name + ' (' + edition.code + ')')));
    document.getElementById('login').hidden = true;
    view.hidden = false;
    document.body.classList.toggle('reader', !me.admin);
    document.getElementById('who').textContent = me.user + (me.admin ? ' (admin)' : ' (reader)');
    document.getElementById('logout').hidden = false;
    route();
}

window.addEventListener('hashchange', route);

function route() {
    if (!me) return;
    clearInterval(timer);
    const [, page, id] = (location.hash || '#/jobs').split('/');
    document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.id === 'nav-' + page));
    const mine = ++generation;
    const pages = {jobs: id ? () => showJob(id, mine) : () => showJobs(mine), entries: showEntries,
        entry: () => showEntry(decodeURIComponent(id)), stats: showStats};
    (pages[page] || (() => showJobs(mine)))().catch(e => {
        if (mine === generation) view.replaceChildren(el('p', {class: 'error'}, e.message));
    });
}

async function showJobs(mine) {
    view.replaceChildren(document.getElementById('jobs-template').content.cloneNode(true));
    document.getElementById('start-form').addEventListener('submit', async event => {
        event.preventDefault();
        const ranges = document.getElementById('start-ranges').value.split(',').map(r => r.trim()).filter(r => r);
        const edition = document.getElementById('start-edition');
        const dump = document.getElementById('start-dump').value.trim();
        let source = edition.selectedOptions[0].dataset.source;
        // A day of a Wiktionary edition's incremental dumps, named as Wikimedia names them, is read as such.
        if (source === 'wiktionary-dump' && /-pages-meta-hist-incr\.xml(\.bz2|\.gz)?$/.test(dump)) source = 'wiktionary-incremental';
        const request = {source, edition: edition.value, dump};
        if (ranges.length) request.ranges = ranges;
        const partitions = document.getElementById('start-partitions').value;
        if (partitions) request.partitions = Number(partitions);
        try {
            const started = await api('/jobs', {method: 'POST', body: JSON.stringify(request)});
            location.hash = '#/jobs/' + started.executionId;
        } catch (e) {
            document.getElementById('start-error').textContent = 'The server refused: ' + e.message;
        }
    });
    document.getElementById('start-live').addEventListener('click', async () => {
        const edition = document.getElementById('start-edition').value;
        try {
            const started = await api('/jobs', {method: 'POST', body: JSON.stringify({source: 'wiktionary-live', edition})});
            location.hash = '#/jobs/' + started.executionId;
        } catch (e) {
            document.getElementById('start-error').textContent = 'The server refused: ' + e.message;
        }
    });
    document.getElementById('follow').addEventListener('click', async () => {
        const edition = document.getElementById('start-edition').value;
        const everyMinutes = Number(document.getElementById('follow-minutes').value);
        try {
            await api('/followers/' + encodeURIComponent(edition), {method: 'PUT', body: JSON.stringify({everyMinutes})});
            document.getElementById('start-error').textContent = '';
            await refresh();
        } catch (e) {
            document.getElementById('start-error').textContent = 'The server refused: ' + e.message;
        }
    });
    document.getElementById('journal-replay').addEventListener('click', async () => {
        try {
            const started = await api('/jobs', {method: 'POST', body: JSON.stringify({source: 'journal'})});
            location.hash = '#/jobs/' + started.executionId;
        } catch (e) {
            document.getElementById('journal-error').textContent = 'The server refused: ' + e.message;
        }
    });
    const refresh = async () => {
        const [jobs, journal, followers] = await Promise.all([api('/jobs'), api('/journal'), api('/followers')]);
        if (mine !== generation) return;
        document.getElementById('followers-section').hidden = followers.length === 0;
        document.querySelector('#followers-table tbody').replaceChildren(...followers.map(followerRow));
        document.getElementById('journal-notice').hidden = journal.pendingFiles === 0;
        document.getElementById('journal-text').textContent = journal.pendingFiles + ' journal file(s) of execution(s) '
            + journal.executions.join(', ') + ' wait in ' + journal.directory + ': the database was unreachable. '
            + 'Replay them, then restart the stopped execution(s).';
        const rows = jobs.map(job => el('tr', {'data-execution': job.executionId},
            el('td', {}, el('a', {href: '#/jobs/' + job.executionId}, String(job.executionId))),
            el('td', {class: 'status-' + job.status, title: job.exitStatus || ''},
                job.status + (job.exitStatus && job.exitStatus !== job.status ? ' (' + job.exitStatus + ')' : '')),
            el('td', {}, job.source === 'journal' ? 'journal replay' : job.dump || ''),
            el('td', {}, job.startTime ? new Date(clean(job.startTime)).toLocaleString() : ''),
            el('td', {}, duration(job.startTime, job.endTime)),
            el('td', {}, controls(job))));
        document.querySelector('#jobs-table tbody').replaceChildren(...rows);
    };
    await refresh();
    if (mine === generation) timer = setInterval(() => refresh().catch(() => {}), 2000);
}

/** A followed edition: where it stands and how the timer's last attempt went. */
function followerRow(follower) {
    // What a follower has not (no attempt yet, no window applied) is left out of its view.
    const lastRun = follower.lastExecution === undefined ? [] : [' (', el('a', {href: '#/jobs/' + follower.lastExecution},
        'execution ' + follower.lastExecution), ')'];
    const attempt = follower.lastTriedAt === undefined ? 'none yet'
        : new Date(follower.lastTriedAt).toLocaleString() + ': ' + follower.lastOutcome;
    return el('tr', {'data-edition': follower.edition},
        el('td', {}, follower.edition),
        el('td', {}, follower.everyMinutes + ' min'),
        el('td', {}, follower.appliedUpTo ? new Date(follower.appliedUpTo).toLocaleString() : 'no window applied yet'),
        el('td', {}, follower.lagSeconds === undefined ? '' : Math.round(follower.lagSeconds / 60) + ' min'),
        el('td', {}, follower.lastWindowPages === undefined ? '' : follower.lastWindowPages + ' pages, ' + follower.lastWindowChanges + ' changes'),
        el('td', {class: 'follower-attempt'}, attempt, ...lastRun),
        el('td', {}, el('button', {class: 'admin-only secondary', 'data-unfollow': follower.edition, onclick: async () => {
            try {
                await api('/followers/' + encodeURIComponent(follower.edition), {method: 'DELETE'});
                route();
            } catch (e) {
                alert('The server refused: ' + e.message);
            }
        }}, 'Stop following')));
}

function controls(job) {
    const buttons = [];
    if (job.status === 'STARTED' || job.status === 'STARTING') {
        buttons.push(el('button', {class: 'admin-only secondary', 'data-action': 'stop',
            onclick: () => act(job.executionId, 'stop')}, 'Stop'));
    }
    if (job.status === 'FAILED' || job.status === 'STOPPED') {
        buttons.push(el('button', {class: 'admin-only', 'data-action': 'restart',
            onclick: () => act(job.executionId, 'restart')}, 'Restart'));
    }
    return buttons;
}

async function act(executionId, action, body) {
    try {
        const answer = await api('/jobs/' + executionId + '/' + action,
            body ? {method: 'POST', body: JSON.stringify(body)} : {method: 'POST'});
        location.hash = '#/jobs/' + answer.executionId;
        route();
    } catch (e) {
        alert('The server refused: ' + e.message);
    }
}

/** The run of an execution: its dump and, once it finished or held, what it deprecated or would. */
function runSummary(job) {
    const run = job.run;
    if (!run) return [];
    const parts = ['Run ' + run.runId, run.completeDump ? 'complete dump of the edition' : 'not a complete dump: deprecates nothing'];
    if (run.dumpSha1) parts.push('dump SHA-1 ' + run.dumpSha1.slice(0, 12));
    if (run.activeEntries != null) {
        parts.push(run.activeEntries + ' active entries, ' + run.unseenEntries + ' not in this dump, '
            + run.deprecatedEntries + ' deprecated, ' + run.keptEntries + ' kept (rejected pages)');
    }
    const summary = [el('p', {class: 'muted', id: 'run-summary'}, parts.join(' · '))];
    if (job.exitStatus === 'DEPRECATION_HELD') {
        summary.push(el('p', {class: 'error', id: 'deprecation-held'}, 'Held before deprecating ' + run.unseenEntries + ' of '
            + run.activeEntries + ' active entries of the edition (more than 5%): a small or cut dump looks like a mass '
            + 'deletion. Restart with a confirmation if the dump is complete.'),
            el('button', {class: 'admin-only', 'data-action': 'confirm-deprecation',
                onclick: () => act(job.executionId, 'restart', {confirmDeprecation: true})}, 'Restart and deprecate'));
    }
    return summary;
}

// Time series drawn by uPlot (served from its WebJar): pages per second in total and by range, entries per minute.
const SERIES_COLOURS = ['#1d5fa7', '#d92d20', '#079455', '#dc6803', '#7a5af8', '#0e9384', '#c11574', '#667085'];
// uPlot listens to the window while a chart lives: the charts of a view are destroyed when it draws new ones.
let liveCharts = [];

function timeSeries(title, id, seconds, series, unit) {
    const section = el('section', {id}, el('h2', {}, title));
    const width = Math.max(320, Math.min(1100, view.clientWidth - 60));
    const options = {
        width, height: 240,
        // At least ten seconds wide: a short job's one or two points sit in a readable axis, not in [0, 100].
        scales: {x: {time: false, range: (u, min, max) => [0, Math.max(10, max)]}},
        axes: [
            {label: 'seconds since the first chunk', values: (u, ticks) => ticks.map(t => t + ' s')},
            {label: unit, size: 70, values: (u, ticks) => ticks.map(t => Math.round(t).toLocaleString('en'))}],
        series: [{label: 'second'}].concat(series.map((s, i) => ({
            label: s.label, stroke: SERIES_COLOURS[i % SERIES_COLOURS.length], width: i === 0 ? 2 : 1,
            value: (u, v) => v == null ? '–' : Math.round(v).toLocaleString('en') + ' ' + unit}))),
    };
    liveCharts.push(new uPlot(options, [seconds].concat(series.map(s => s.values)), section));
    return section;
}

async function rateCharts(executionId) {
    const points = await api('/jobs/' + executionId + '/rate');
    liveCharts.forEach(chart => chart.destroy());
    liveCharts = [];
    if (!points.length) {
        return [el('section', {id: 'chart-rate'}, el('h2', {}, 'Extraction rate of execution ' + executionId),
            el('p', {class: 'muted'}, 'No chunk written yet.'))];
    }
    const seconds = points.map(p => p.second);
    const ranges = [...new Set(points.flatMap(p => Object.keys(p.byRange)))].sort();
    const pages = [{label: 'all ranges', values: points.map(p => p.pagesPerSecond)}]
        .concat(ranges.map(range => ({label: range, values: points.map(p => p.byRange[range] ?? null)})));
    return [
        timeSeries('Extraction rate of execution ' + executionId, 'chart-rate', seconds, pages, 'pages/s'),
        timeSeries('Entries written per minute, execution ' + executionId, 'chart-entries', seconds,
            [{label: 'entries', values: points.map(p => p.entriesPerMinute)}], 'entries/min')];
}

async function showJob(id, mine) {
    const render = async () => {
        const job = await api('/jobs/' + id);
        if (mine !== generation) return false;
        const partitions = (job.partitions || []).map(p => el('tr', {'data-range': p.range},
            el('td', {}, p.range), el('td', {class: 'status-' + p.status}, p.status),
            el('td', {}, bar(p.lastCheckpoint, p.pagesExpected, p.lastCheckpoint + ' / ' + p.pagesExpected + ' pages')),
            el('td', {}, p.itemsPerSecond + ' pages/s'),
            el('td', {}, p.status === 'STARTED' && p.secondsLeft >= 0 ? p.secondsLeft + ' s left' : ''),
            el('td', {}, String(p.itemsWritten)), el('td', {}, String(p.itemsSkipped)),
            el('td', {class: 'partition-server'}, p.server || '—')));
        const rejects = (job.rejects || []).map(r => el('tr', {}, el('td', {}, r.title), el('td', {}, r.range), el('td', {}, r.reason)));
        const charts = await rateCharts(job.executionId);
        const quality = await qualitySection(job);
        if (mine !== generation) return false;
        view.replaceChildren(
            el('section', {},
                el('h2', {}, 'Execution ' + job.executionId + ' ', el('span', {class: 'status-' + job.status, id: 'job-status'}, job.status)),
                el('p', {class: 'muted'}, (job.dump || '') + ' · started ' + (job.startTime ? new Date(clean(job.startTime)).toLocaleString() : '—')
                    + ' · ' + duration(job.startTime, job.endTime) + (job.exitStatus ? ' · exit ' + job.exitStatus : '')),
                ...runSummary(job),
                el('div', {}, controls(job)),
                el('table', {id: 'partitions'}, el('thead', {}, el('tr', {},
                    ['Range', 'Status', 'Progress', 'Rate', 'Time left', 'Entries', 'Skipped', 'Server'].map(h => el('th', {}, h)))),
                    el('tbody', {}, partitions))),
            el('section', {}, el('h2', {}, 'Skipped pages'),
                rejects.length ? el('table', {id: 'rejects'}, el('tbody', {}, rejects)) : el('p', {class: 'muted'}, 'None.')),
            quality, ...charts);
        return mine === generation && (job.status === 'STARTED' || job.status === 'STARTING');
    };
    if (await render()) timer = setInterval(async () => { if (!await render()) clearInterval(timer); }, 1000);
}

/** A quality flag for people: its rule, where, and what was found. */
function flagText(flag) {
    return flag.rule + ' at ' + flag.where + (flag.found ? ' (' + flag.found + ')' : '');
}

/** The validation of the run's entries, once the execution has ended (a running one changes every second). */
async function qualitySection(job) {
    const section = el('section', {id: 'quality'}, el('h2', {}, 'Quality of the entries'));
    if (job.status === 'STARTED' || job.status === 'STARTING') {
        section.append(el('p', {class: 'muted'}, 'The report follows when the execution ends.'));
        return section;
    }
    const report = await api('/jobs/' + job.executionId + '/quality');
    const total = report.entries || 1;
    section.append(
        el('p', {id: 'quality-summary'}, report.entries.toLocaleString('en') + ' entries, '
            + report.flagged.toLocaleString('en') + ' flagged, mean score '
            + (report.meanScore == null ? '—' : report.meanScore) + ' of 100'
            + (report.unchecked ? ' · ' + report.unchecked + ' stored before the validation' : '')
            + (report.inOtherEditions ? ' · ' + report.inOtherEditions + ' also in another edition' : '')),
        el('div', {class: 'columns'},
            el('table', {id: 'quality-rules'}, el('thead', {}, el('tr', {}, el('th', {}, 'Rule'), el('th', {}, 'Entries'))),
                el('tbody', {}, Object.entries(report.byRule).map(([rule, count]) =>
                    el('tr', {}, el('td', {}, rule), el('td', {}, count.toLocaleString('en')))))),
            el('table', {id: 'quality-scores'}, el('thead', {}, el('tr', {}, el('th', {}, 'Score'), el('th', {}, 'Entries'))),
                el('tbody', {}, Object.entries(report.scores).map(([bucket, count]) =>
                    el('tr', {}, el('td', {}, bucket), el('td', {}, bar(count, total, count.toLocaleString('en')))))))),
        el('h3', {}, 'Worst entries'),
        report.worst.length ? el('table', {id: 'quality-worst'}, el('thead', {}, el('tr', {},
                ['Score', 'Entry', 'Language', 'Class', 'Flags'].map(h => el('th', {}, h)))),
            el('tbody', {}, report.worst.map(w => el('tr', {}, el('td', {}, String(w.score)),
                el('td', {}, w.address ? el('a', {href: '#/entry/' + encodeURIComponent(w.address)}, w.word) : w.word),
                el('td', {}, w.lang || ''), el('td', {}, w.pos), el('td', {}, w.flags.map(flagText).join('; '))))))
            : el('p', {class: 'muted'}, 'No entry is flagged.'));
    return section;
}

async function showEntries() {
    const form = el('form', {id: 'search-form'},
        el('label', {}, 'Label or address', el('input', {id: 'search-label', placeholder: 'Kind, or 0x20:01:02:2A'})),
        el('label', {}, 'Language', el('input', {id: 'search-lang', placeholder: 'de', size: 4})),
        el('label', {}, 'Class', el('input', {id: 'search-pos', placeholder: 'noun', size: 8})),
        el('label', {}, 'Field', el('input', {id: 'search-field', placeholder: 'animals', size: 10})),
        el('label', {}, 'Edition', el('select', {id: 'search-edition'}, el('option', {value: ''}, 'all'))),
        el('button', {type: 'submit', id: 'search-submit'}, 'Search'), el('p', {class: 'error', id: 'search-error'}));
    api('/editions').then(editions => document.getElementById('search-edition').append(
        ...editions.map(edition => el('option', {value: edition.code}, edition.name))));
    const results = el('tbody');
    // Search by meaning: a text in English, matched against every entry's English side (GET /api/entries/similar).
    const meaningForm = el('form', {id: 'meaning-form'},
        el('label', {}, 'By meaning', el('input', {id: 'meaning-text', placeholder: 'a young dog', size: 30})),
        el('button', {type: 'submit', id: 'meaning-submit'}, 'Search by meaning'), el('p', {class: 'error', id: 'meaning-error'}));
    const meaningResults = el('tbody');
    view.replaceChildren(el('section', {}, el('h2', {}, 'Entries'), form, meaningForm),
        el('section', {}, el('table', {id: 'meaning-results'}, el('thead', {}, el('tr', {},
            ['Address', 'Word', 'Language', 'Class', 'Edition', 'Similarity', 'Meaning'].map(h => el('th', {}, h)))), meaningResults)),
        el('section', {}, el('table', {id: 'results'}, el('thead', {}, el('tr', {},
            ['Address', 'Label', 'Language', 'Class', 'Field', 'Edition', 'Status', 'Description'].map(h => el('th', {}, h)))), results)));
    meaningForm.addEventListener('submit', async event => {
        event.preventDefault();
        document.getElementById('meaning-error').textContent = '';
        try {
            const found = await api('/entries/similar?' + new URLSearchParams({text: document.getElementById('meaning-text').value.trim(),
                lang: document.getElementById('search-lang').value.trim(), pos: document.getElementById('search-pos').value.trim(), k: 20}));
            meaningResults.replaceChildren(...similarRows(found.results));
        } catch (e) {
            document.getElementById('meaning-error').textContent = e.message;
        }
    });
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const text = document.getElementById('search-label').value.trim();
        if (/^(0x)?[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){3}$|^(0x)?[0-9A-Fa-f]{8}$|^\d{9,10}$/.test(text)) {
            location.hash = '#/entry/' + encodeURIComponent(text);
            return;
        }
        const query = new URLSearchParams({label: text, lang: document.getElementById('search-lang').value.trim(),
            pos: document.getElementById('search-pos').value.trim(), field: document.getElementById('search-field').value.trim(),
            edition: document.getElementById('search-edition').value, size: 50});
        try {
            const page = await api('/entries?' + query);
            results.replaceChildren(...page.entries.map(e => el('tr', {},
                el('td', {}, e.address ? el('a', {href: '#/entry/' + encodeURIComponent(e.address)}, e.address) : el('span', {class: 'muted'}, e.reason || '—')),
                el('td', {}, e.label), el('td', {}, e.langUi || ''), el('td', {}, e.pos), el('td', {}, e.field),
                el('td', {}, e.source.edition), el('td', {}, e.status), el('td', {}, e.description))));
        } catch (e) {
            document.getElementById('search-error').textContent = e.message;
        }
    });
}

/** Rows of entries found by meaning, each linked to its entry. */
function similarRows(found) {
    return found.map(r => el('tr', {}, el('td', {}, el('a', {href: '#/entry/' + encodeURIComponent(r.address)}, r.address)),
        el('td', {}, r.word), el('td', {}, r.lang || ''), el('td', {}, r.pos), el('td', {}, r.edition),
        el('td', {}, r.similarity.toFixed(3)), el('td', {class: 'muted'}, r.meaning)));
}

/** The entries nearest in meaning to the one shown, in other languages than its own. */
async function showNearest(address, lang) {
    const section = document.getElementById('nearest');
    try {
        const found = await api('/entries/' + encodeURIComponent(address) + '/similar?k=20');
        const others = found.results.filter(r => r.lang !== lang).slice(0, 10);
        section.append(others.length ? el('table', {id: 'nearest-entries'}, el('tbody', {}, similarRows(others)))
            : el('p', {class: 'muted'}, 'No entry of another language is near.'));
    } catch (e) {
        section.append(el('p', {class: 'muted'}, e.message));
    }
}

async function showEntry(address) {
    const {entry, decoded, relations, otherEditions, registryLeaf} = await api('/entries/' + encodeURIComponent(address));
    const lexical = entry.lexical;
    const bytes = [['AA', decoded.domain, 'language ' + (decoded.language || '?')],
        ['QQ', decoded.category, decoded.wordClass + ', plane ' + decoded.plane],
        ['EE', decoded.subcategory, decoded.overflowBlock ? 'overflow block' : 'field ' + decoded.field],
        ['A2', decoded.element, 'element']];
    const link = r => r.address ? el('a', {href: '#/entry/' + encodeURIComponent(r.address)}, r.lemma) : el('span', {}, r.lemma);
    view.replaceChildren(
        el('section', {},
            el('h2', {id: 'entry-label'}, entry.label + ' '),
            el('p', {}, entry.description),
            el('div', {class: 'bytes', id: 'address-bytes'}, bytes.map(([name, value, meaning]) =>
                el('div', {}, el('small', {}, name), el('b', {}, value), el('small', {}, meaning)))),
            el('p', {class: 'muted'}, decoded.address + ' = ' + decoded.hex + ' = ' + decoded.integer
                + ' · status ' + entry.status + ' · field rule ' + entry.fieldRule),
            el('p', {id: 'entry-quality'}, entry.quality.score == null ? 'Quality: not checked yet.'
                : 'Quality ' + entry.quality.score + ' of 100' + (entry.quality.flags.length ? ': '
                    + entry.quality.flags.map(flagText).join('; ') : '')),
            el('p', {id: 'entry-registry', class: 'muted'}, 'Registry: …')),
        // The lexeme's senses in every edition that has it, side by side, each linked to its page.
        el('section', {}, el('h2', {}, 'Senses'), el('div', {class: 'editions', id: 'entry-editions'},
            [entry, ...(otherEditions || [])].map(e => el('div', {class: 'edition', 'data-edition': e.source.edition},
                el('h3', {}, e.source.url ? el('a', {href: e.source.url, rel: 'noopener noreferrer'}, new URL(e.source.url).host
                    + (e.source.id ? ' ' + e.source.id : '')) : e.source.edition, ' ',
                    el('span', {class: 'muted'}, (e.lexical.lang || '') + ', ' + e.pos)),
                e.source.licence ? el('p', {class: 'muted licence'}, 'Licence: ',
                    el('a', {href: e.source.licenceUrl, rel: 'noopener noreferrer'}, e.source.licence)) : '',
                el('ol', {}, (e.lexical.senses || []).map(s => el('li', {},
                    '[' + s.id + '] ', s.labels.length ? el('i', {}, s.labels.join(', ') + ': ') : '',
                    // A gloss in another language than the entry's names it (PanLex's definitions).
                    s.langCode ? el('span', {class: 'gloss-lang muted', lang: s.langCode}, '(' + s.langCode + ') ') : '', s.gloss,
                    // The Wikidata item a sense is (Wikidata's lexemes name one).
                    s.item ? [' ', el('a', {class: 'sense-item', href: 'https://www.wikidata.org/wiki/' + encodeURIComponent(s.item),
                        rel: 'noopener noreferrer'}, s.item)] : '',
                    s.examples.length ? el('ul', {}, s.examples.map(x => el('li', {class: 'muted'}, x))) : ''))),
                editionSummary(e.lexical))))),
        el('section', {}, el('h2', {}, 'Pronunciation and forms'),
            el('p', {}, 'IPA: ' + (lexical.ipa || []).join(', ') + ' · hyphenation: ' + (lexical.hyphenation || []).join('·')),
            el('table', {}, el('tbody', {}, (lexical.forms || []).map(f => el('tr', {}, el('td', {}, f.form), el('td', {}, f.tags.join(', '))))))),
        el('section', {}, el('h2', {}, 'Translations'), el('table', {id: 'translations'}, el('tbody', {},
            relations.filter(r => r.type === 'translation').map(r => el('tr', {}, el('td', {}, r.langCode), el('td', {}, link(r))))))),
        el('section', {}, el('h2', {}, 'Relations'), el('table', {id: 'relations'}, el('tbody', {},
            relations.filter(r => r.type !== 'translation').map(r => el('tr', {}, el('td', {}, r.type), el('td', {}, link(r))))))),
        el('section', {id: 'nearest'}, el('h2', {}, 'Nearest in meaning, other languages')));
    showRegistryProof(decoded.hex, registryLeaf);
    showNearest(decoded.address, lexical.langCode);
}

/**
 * The address's allocation leaf, and whether its inclusion proof leads to the root of the latest signed head, hashed
 * here by the browser (the head's signature is checked by aqea-cli registry check-proof, not here).
 */
async function showRegistryProof(hex, leaf) {
    const line = document.getElementById('entry-registry');
    if (leaf == null) {
        line.textContent = 'Registry: no allocation leaf for this address.';
        return;
    }
    try {
        const head = await api('/registry/head');
        const proof = await api('/registry/proof/inclusion?address=' + hex + '&treeSize=' + head.tree_size);
        const holds = await inclusionHolds(proof, head.root_hash);
        line.textContent = 'Registry: allocated in leaf ' + leaf + '; ' + (holds ? 'proved' : 'NOT proved')
            + ' by this browser in the log of ' + head.tree_size + ' leaves signed ' + head.signed_at + '.';
    } catch (e) {
        line.textContent = 'Registry: allocated in leaf ' + leaf + ' (' + e.message + ').';
    }
}

/** RFC 9162 2.1.3.2: the audit path from the leaf's hash to the root of a tree of the proof's size. */
async function inclusionHolds(proof, rootHex) {
    if (!crypto.subtle) throw new Error('not checked: the browser hashes only on a page served over HTTPS');
    const sha256 = async (...parts) => {
        const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
        return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    };
    const hex = bytes => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
    const unhex = text => new Uint8Array(text.match(/../g).map(b => parseInt(b, 16)));
    let fn = proof.leaf_index;
    let sn = proof.tree_size - 1;
    let r = await sha256(new Uint8Array([0]), new TextEncoder().encode(proof.leaf));
    for (const p of proof.audit_path.map(unhex)) {
        if (sn === 0) return false;
        if (fn % 2 === 1 || fn === sn) {
            r = await sha256(new Uint8Array([1]), p, r);
            while (fn % 2 === 0 && fn !== 0) {
                fn = Math.floor(fn / 2);
                sn = Math.floor(sn / 2);
            }
        } else {
            r = await sha256(new Uint8Array([1]), r, p);
        }
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
    }
    return sn === 0 && hex(r) === rootHex;
}

/**
 * An edition's own pronunciation, forms and translations, in a few lines under its senses; translations that their
 * source scores (PanLex) in a table with the score and the dictionaries that give them.
 */
function editionSummary(lexical) {
    const all = lexical.translations || [];
    const scored = all.filter(t => t.score != null);
    const translations = all.map(t => t.langCode + ' ' + t.word);
    const shown = translations.slice(0, 12).join(', ') + (translations.length > 12 ? ' … (' + translations.length + ')' : '');
    return [el('p', {class: 'muted edition-summary'},
        'IPA: ' + ((lexical.ipa || []).join(', ') || '—') + ' · forms: '
            + ((lexical.forms || []).map(f => f.form).join(', ') || '—') + ' · translations: ' + (shown || '—')),
        scored.length ? el('table', {class: 'scored-translations'}, el('thead', {}, el('tr', {},
                el('th', {}, 'language'), el('th', {}, 'translation'), el('th', {}, 'score'), el('th', {}, 'dictionaries'))),
            el('tbody', {}, scored.slice(0, 12).map(t => el('tr', {}, el('td', {}, t.langCode), el('td', {}, t.word),
                el('td', {}, String(t.score)), el('td', {class: 'muted'}, (t.sources || []).join('; ')))))) : ''];
}

function chart(title, id, counts) {
    const max = Math.max(1, ...counts.map(([, value]) => value));
    return el('section', {id}, el('h2', {}, title), counts.map(([label, value]) => el('div', {class: 'chart-row'},
        el('span', {}, label), bar(value, max, ''), el('span', {}, String(value)))));
}

async function showStats() {
    const status = await api('/status');
    const capacity = await api('/addresses/capacity');
    const byLanguage = Object.entries(status.entriesByLanguageAndPos).map(([lang, byPos]) => [lang, Object.values(byPos).reduce((a, b) => a + b, 0)]);
    const byClass = {};
    Object.values(status.entriesByLanguageAndPos).forEach(byPos => Object.entries(byPos).forEach(([pos, n]) => byClass[pos] = (byClass[pos] || 0) + n));
    const blocks = capacity.sort((a, b) => b.allocated - a.allocated).slice(0, 20);
    const jobs = await api('/jobs');
    view.replaceChildren(
        chart('Entries per language', 'chart-languages', byLanguage.sort((a, b) => b[1] - a[1]).slice(0, 15)),
        chart('Entries per class', 'chart-classes', Object.entries(byClass).sort((a, b) => b[1] - a[1])),
        chart('Entries per semantic field', 'chart-fields', Object.entries(status.entriesByField)),
        el('section', {id: 'chart-capacity'}, el('h2', {}, 'Address space: fullest blocks'), blocks.map(b => el('div', {class: 'chart-row'},
            el('span', {}, b.block), bar(b.allocated, 254, b.allocated + ' / 254' + (b.overflowed ? ' (' + b.overflowed + ' overflowed in)' : '')),
            el('span', {}, b.free + ' free')))),
        ...(jobs.length ? await rateCharts(jobs[0].executionId) : [el('p', {class: 'muted'}, 'No execution yet.')]));
}

start().catch(() => showLogin());
