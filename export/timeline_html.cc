// timeline.html: one page with everything inline (no network access). The
// events travel as JSON inside the page and a small script draws only the
// months on screen, so that thousands of events load as fast as a dozen;
// full-text search, type, actor and date range filters, and an overview of
// the events per month that jumps to the month clicked.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "export/markup.h"
#include "export/timeline.h"
#include "graph/knowledge_graph.h"
#include "graph/text.h"

namespace hadath {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// A categorical palette (d3's category10 with two more hues), dark enough to
// read as text colour and on paper; types take colours in their sorted order.
const char* const kTypeColours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                    "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#e7ba52"};

void write_string(JsonWriter& writer, const std::string& text) {
    const std::string clean = clean_text(text);
    writer.String(clean.c_str(), static_cast<rapidjson::SizeType>(clean.size()));
}

void write_field(JsonWriter& writer, const char* key, const std::string& text) {
    const std::string clean = clean_text(text);
    if (clean.empty()) return;
    writer.Key(key);
    writer.String(clean.c_str(), static_cast<rapidjson::SizeType>(clean.size()));
}

// Articles recall history (a war of 1948, a treaty of 1957): the page opens
// on the decade before the first article, the rest one click away; empty
// when no dated event lies before that or no article has a date.
std::string default_from(const Timeline& timeline) {
    std::string first_published;
    for (const auto& [id, document] : timeline.documents) {
        if (document.date.size() >= 7 && (first_published.empty() || document.date < first_published))
            first_published = document.date;
    }
    if (first_published.empty()) return "";
    const std::string from =
        std::to_string(std::stoi(first_published.substr(0, 4)) - 10) + first_published.substr(4, 3);
    const bool earlier = std::any_of(timeline.entries.begin(), timeline.entries.end(), [&](const TimelineEntry& entry) {
        return entry.span && entry.span->last.substr(0, 7) < from;
    });
    return earlier ? from : "";
}

// Everything the script draws, as one JSON object; < > & are written as
// \u escapes so that no text can close the <script> element it travels in.
std::string timeline_data(const Timeline& timeline) {
    std::set<std::string> type_set;
    std::map<std::string, std::string> actor_labels;  // id → label
    for (const auto& entry : timeline.entries) {
        type_set.insert(entry.event->type);
        for (const Actor& actor : entry.event->actors) {
            std::string& label = actor_labels[actor.id];
            if (label.empty()) label = clean_text(actor.name);
        }
    }
    const std::vector<std::string> types(type_set.begin(), type_set.end());
    std::vector<std::pair<std::string, std::string>> actors;  // label, id: sorted for reading
    for (const auto& [id, label] : actor_labels) actors.emplace_back(label.empty() ? clean_text(id) : label, id);
    std::sort(actors.begin(), actors.end());
    std::unordered_map<std::string_view, std::size_t> actor_index;
    for (std::size_t i = 0; i < actors.size(); ++i) actor_index[actors[i].second] = i;
    std::unordered_map<std::string_view, std::size_t> document_index;
    for (const auto& [id, document] : timeline.documents) document_index.emplace(id, document_index.size());

    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    writer.StartObject();
    writer.Key("documentCount");
    writer.Uint64(timeline.document_count);
    write_field(writer, "defaultFrom", default_from(timeline));
    writer.Key("types");
    writer.StartArray();
    for (std::size_t i = 0; i < types.size(); ++i) {
        writer.StartArray();
        write_string(writer, types[i]);
        write_string(writer, humanize(types[i]));
        write_string(writer, kTypeColours[i % std::size(kTypeColours)]);
        writer.EndArray();
    }
    writer.EndArray();
    writer.Key("actors");
    writer.StartArray();
    for (const auto& [label, id] : actors) {
        writer.StartArray();
        write_string(writer, id);
        write_string(writer, label);
        writer.EndArray();
    }
    writer.EndArray();
    writer.Key("documents");
    writer.StartArray();
    for (const auto& [id, document] : timeline.documents) {
        writer.StartArray();
        for (const std::string* value : {&id, &document.title, &document.source, &document.date, &document.url})
            write_string(writer, *value);
        writer.EndArray();
    }
    writer.EndArray();
    writer.Key("periods");
    writer.StartArray();
    std::string period;
    for (const auto& entry : timeline.entries) {
        const std::string key = entry.span ? entry.period_key : "undated";
        if (key == period) continue;
        period = key;
        writer.StartArray();
        write_string(writer, key);
        write_string(writer, entry.period_heading);
        write_string(writer, entry.span ? entry.span->first.substr(0, 7) : "");  // the month it starts in
        writer.EndArray();
    }
    writer.EndArray();
    writer.Key("events");
    writer.StartArray();
    std::size_t period_number = 0;
    period.clear();
    for (const auto& entry : timeline.entries) {
        const Event& event = *entry.event;
        const std::string key = entry.span ? entry.period_key : "undated";
        if (!period.empty() && key != period) ++period_number;
        period = key;
        writer.StartObject();
        write_field(writer, "id", event.id);
        writer.Key("type");
        writer.Uint64(
            static_cast<std::uint64_t>(std::lower_bound(types.begin(), types.end(), event.type) - types.begin()));
        writer.Key("period");
        writer.Uint64(period_number);
        if (entry.span) {
            write_field(writer, "first", entry.span->first);
            write_field(writer, "last", entry.span->last);
        }
        write_field(writer, "when", entry.when);
        write_field(writer, "who", entry.actors);
        std::set<std::size_t> indexes;
        for (const Actor& actor : event.actors) indexes.insert(actor_index.at(actor.id));
        writer.Key("actors");
        writer.StartArray();
        for (std::size_t index : indexes) writer.Uint64(index);
        writer.EndArray();
        if (event.location) {
            write_field(writer, "place", event.location->name.empty() ? event.location->id : event.location->name);
            write_field(writer, "placeAr", event.location->name_ar);
        }
        if (event.round) write_field(writer, "round", round_label(*event.round));
        write_field(writer, "quote", entry.quote);
        writer.Key("docs");
        writer.StartArray();
        for (const std::string& id : entry.documents) {
            auto found = document_index.find(id);
            if (found != document_index.end()) writer.Uint64(found->second);
        }
        writer.EndArray();
        // Cited documents the input said nothing about still show their id.
        std::vector<std::string> unknown;
        for (const std::string& id : entry.documents) {
            if (!document_index.count(id)) unknown.push_back(id);
        }
        if (!unknown.empty()) {
            writer.Key("otherDocs");
            writer.StartArray();
            for (const std::string& id : unknown) write_string(writer, id);
            writer.EndArray();
        }
        writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();

    std::string json;
    json.reserve(buffer.GetSize() + buffer.GetSize() / 50);
    const char* text = buffer.GetString();
    const char* const end = text + buffer.GetSize();
    while (text < end) {
        const char* special = find_first_byte_of<'<', '>', '&'>(text, end);
        json.append(text, special);
        if (special == end) break;
        json += *special == '<' ? "\\u003c" : *special == '>' ? "\\u003e" : "\\u0026";
        text = special + 1;
    }
    return json;
}

const char* const kStyle = R"css(
:root { --line: #c9ced6; --ink: #1f2933; --muted: #5f6b7a; --paper: #f7f8fa; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font-family: system-ui, "DejaVu Sans", "Liberation Sans", sans-serif; color: var(--ink);
       background: var(--paper); line-height: 1.5; }
header { background: #fff; border-bottom: 1px solid var(--line); padding: 16px 32px 10px; position: sticky; top: 0;
         z-index: 2; }
h1 { margin: 0 0 2px; font-size: 1.4rem; }
.summary { margin: 0 0 10px; color: var(--muted); }
.summary button { font: inherit; color: #1f5fa8; background: none; border: 0; padding: 0; text-decoration: underline;
                  cursor: pointer; }
.filters { display: flex; gap: 10px 20px; flex-wrap: wrap; margin-bottom: 8px; align-items: center; }
.filters label { font-weight: 600; font-size: 0.9rem; }
.filters input, .filters select { margin-left: 6px; font: inherit; font-weight: normal; padding: 2px 4px; }
#filter-text { width: 16em; }
#filter-actor { width: 14em; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0 0 6px; padding: 0; list-style: none;
          font-size: 0.8rem; }
.legend li::before { content: ""; display: inline-block; width: 10px; height: 10px; border-radius: 50%;
                     background: var(--c); margin-right: 5px; vertical-align: -1px; }
.overview { display: flex; align-items: flex-end; gap: 1px; height: 46px; padding-bottom: 14px; position: relative; }
.overview button { flex: 1 1 0; min-width: 1px; padding: 0; border: 0; background: #8aa1bd; cursor: pointer;
                   position: relative; border-radius: 1px 1px 0 0; }
.overview button:hover, .overview button:focus { background: #1f5fa8; }
.overview button.empty { background: #eef0f3; height: 3px; }
.overview .tick { position: absolute; top: 100%; left: 0; font-size: 0.7rem; color: var(--muted);
                  white-space: nowrap; pointer-events: none; }
main { padding: 8px 32px 48px; max-width: 1100px; }
.period h2 { margin: 24px 0 8px 170px; font-size: 1.2rem; }
.event { display: grid; grid-template-columns: 170px 1fr; position: relative; }
.event::before { content: ""; position: absolute; left: 170px; top: 0; bottom: 0; border-left: 2px solid var(--line); }
.event::after { content: ""; position: absolute; left: 164px; top: 18px; width: 14px; height: 14px; border-radius: 50%;
                background: var(--c); border: 2px solid #fff; box-shadow: 0 0 0 1px var(--c); }
.when { padding: 12px 16px 0 0; text-align: right; font-size: 0.85rem; font-weight: 600; color: var(--muted); }
.card { margin: 6px 0 10px 24px; background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--c);
        border-radius: 6px; padding: 10px 14px; }
.card h3 { margin: 0 0 4px; font-size: 1rem; }
.card h3 .round { font-weight: normal; color: var(--muted); margin-left: 8px; font-size: 0.9rem; }
.card p { margin: 2px 0; font-size: 0.9rem; }
.card .label { color: var(--muted); }
blockquote { margin: 8px 0; padding: 6px 12px; background: #f3f5f8; border-right: 3px solid var(--c);
             font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", serif; font-size: 1.1rem;
             line-height: 1.9; unicode-bidi: isolate; }
bdi, .ar { unicode-bidi: isolate; }
.sources { margin: 6px 0 0; padding: 0; list-style: none; font-size: 0.8rem; color: var(--muted); }
.sources li { margin: 2px 0; }
.sources li::before { content: "\2022"; margin-right: 6px; }
.sources bdi { color: var(--ink); }
.sources a { color: #1f5fa8; }
.empty-result { color: var(--muted); margin: 24px 0 0 194px; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; }
  header { position: static; border: 0; padding: 0 0 8px; }
  .filters, .overview, .summary button { display: none; }
  main { padding: 0; max-width: none; }
  .event { break-inside: avoid; }
  .card { border-color: #999; }
  .sources a { color: inherit; text-decoration: none; }
}
)css";

const char* const kScript = R"js(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
  var byId = function (id) { return document.getElementById(id); };
  var main = byId('axis');
  var CHUNK = 20, ESTIMATE = 160;
  var events = data.events, types = data.types, actors = data.actors, documents = data.documents;
  var state = { q: '', type: '', actor: '', from: '', to: '' };

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  // Search text: lower case; Arabic without diacritics and tatweel, with one alef, yeh and heh.
  function fold(text) {
    return String(text).toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627').replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
  }
  function haystack(event) {
    if (event.text === undefined) {
      var parts = [event.when, types[event.type][1], event.who, event.place, event.placeAr, event.round, event.quote];
      event.docs.forEach(function (d) { parts.push(documents[d][0], documents[d][1], documents[d][2]); });
      (event.otherDocs || []).forEach(function (id) { parts.push(id); });
      event.text = fold(parts.filter(Boolean).join('\n'));
    }
    return event.text;
  }
  function isWebLink(url) { return /^https?:\/\/[^\s]+$/i.test(url); }
  function lastDayOf(month) { return month + '-31'; }  // ISO strings compare as text: '-31' closes any month

  // The actors an actor filter names: an exact label or code picks one; other text, every actor containing it.
  function chosenActors() {
    var text = fold(state.actor.trim());
    if (!text) return null;
    var chosen = {}, exact = false;
    actors.forEach(function (actor, i) {
      if (fold(actor[1]) === text || fold(actor[0]) === text) { if (!exact) chosen = {}; exact = true; chosen[i] = true; }
      else if (!exact && (fold(actor[1]).indexOf(text) >= 0 || fold(actor[0]).indexOf(text) >= 0)) chosen[i] = true;
    });
    return chosen;
  }
  function inRange(event) {
    if (!event.first) return true;  // undated events stay at the end whatever the range
    if (state.from && event.last < state.from) return false;
    if (state.to && event.first > lastDayOf(state.to)) return false;
    return true;
  }
  function matches(event, words, actorSet) {
    if (state.type !== '' && types[event.type][0] !== state.type) return false;
    if (actorSet && !event.actors.some(function (a) { return actorSet[a]; })) return false;
    if (!inRange(event)) return false;
    var text = words.length ? haystack(event) : '';
    return words.every(function (word) { return text.indexOf(word) >= 0; });
  }

  function card(event) {
    var type = types[event.type];
    var article = element('article', 'event');
    article.setAttribute('data-event-id', event.id);
    article.setAttribute('data-type', type[0]);
    article.style.setProperty('--c', type[2]);
    if (event.first) {
      var time = element('time', 'when', event.when);
      time.setAttribute('datetime', event.first);
      article.appendChild(time);
    } else {
      article.appendChild(element('span', 'when', 'undated'));
    }
    var box = element('div', 'card');
    var heading = element('h3');
    heading.appendChild(element('span', 'type', type[1]));
    if (event.round) heading.appendChild(element('span', 'round', event.round));
    box.appendChild(heading);
    if (event.who) {
      var who = element('p', 'actors');
      who.appendChild(element('span', 'label', 'Actors: '));
      who.appendChild(document.createTextNode(event.who));
      box.appendChild(who);
    }
    if (event.place) {
      var place = element('p', 'place');
      place.appendChild(element('span', 'label', 'Place: '));
      place.appendChild(document.createTextNode(event.place + ' '));
      if (event.placeAr) place.appendChild(arabic('bdi', event.placeAr));
      box.appendChild(place);
    }
    if (event.quote) box.appendChild(arabic('blockquote', event.quote));
    if (event.docs.length || event.otherDocs) {
      var list = element('ul', 'sources');
      event.docs.forEach(function (d) { list.appendChild(source(documents[d])); });
      (event.otherDocs || []).forEach(function (id) { list.appendChild(source([id, '', '', '', ''])); });
      box.appendChild(list);
    }
    article.appendChild(box);
    return article;
  }
  function arabic(tag, text) {
    var node = element(tag, '', text);
    node.setAttribute('dir', 'rtl');
    node.setAttribute('lang', 'ar');
    return node;
  }
  // id, title, source, publication date, url: a link only for http and https addresses.
  function source(document_) {
    var item = element('li');
    item.appendChild(element('code', '', document_[0]));
    var title = document_[1] ? arabic('bdi', document_[1]) : null;
    var url = document_[4];
    if (url && isWebLink(url)) {
      var link = element('a');
      link.href = url;
      link.rel = 'noopener noreferrer';
      link.appendChild(title || document.createTextNode(url));
      item.appendChild(document.createTextNode(' '));
      item.appendChild(link);
    } else if (title) {
      item.appendChild(document.createTextNode(' '));
      item.appendChild(title);
    }
    var details = [document_[2], document_[3]].filter(Boolean).join(', ');
    if (details) item.appendChild(element('span', 'details', ' (' + details + ')'));
    if (url && !isWebLink(url)) item.appendChild(element('span', 'url', ' ' + url));
    return item;
  }

  // Sections per period, each in chunks of events drawn when they come near the screen.
  var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { if (entry.isIntersecting) draw(entry.target); });
  }, { rootMargin: '1500px 0px' }) : null;
  var chunks = [];
  function draw(chunk) {
    if (chunk.drawn) return;
    chunk.drawn = true;
    if (observer) observer.unobserve(chunk);
    var fragment = document.createDocumentFragment();
    chunk.events.forEach(function (event) { fragment.appendChild(card(event)); });
    chunk.appendChild(fragment);
    chunk.style.minHeight = '';
  }
  function drawAll() { chunks.forEach(draw); }

  function render() {
    var words = fold(state.q).split(/\s+/).filter(Boolean), actorSet = chosenActors();
    var shown = [], outside = 0;
    events.forEach(function (event) {
      if (matches(event, words, actorSet)) shown.push(event);
      else if (!inRange(event) && state.from === data.defaultFrom && state.to === '') outside++;
    });
    if (observer) observer.disconnect();
    chunks = [];
    main.textContent = '';
    var section = null, period = -1, chunk = null;
    shown.forEach(function (event) {
      if (event.period !== period) {
        period = event.period;
        section = element('section', 'period');
        section.setAttribute('data-period', data.periods[period][0]);
        section.setAttribute('data-month', data.periods[period][2]);
        section.appendChild(element('h2', '', data.periods[period][1]));
        main.appendChild(section);
        chunk = null;
      }
      if (!chunk || chunk.events.length === CHUNK) {
        chunk = element('div', 'chunk');
        chunk.events = [];
        section.appendChild(chunk);
        chunks.push(chunk);
      }
      chunk.events.push(event);
    });
    chunks.forEach(function (c) { c.style.minHeight = (c.events.length * ESTIMATE) + 'px'; });
    if (!shown.length) main.appendChild(element('p', 'empty-result', 'No event matches.'));
    // What is on screen is drawn now (a short timeline all of it); the rest as it scrolls into view.
    var bottom = window.innerHeight * 1.5, all = shown.length <= 300;
    for (var i = 0; i < chunks.length && (all || i === 0 || chunks[i].getBoundingClientRect().top < bottom); i++) {
      draw(chunks[i]);
    }
    chunks.forEach(function (c) { if (!c.drawn && observer) observer.observe(c); });
    if (!observer) drawAll();
    byId('shown-count').textContent = String(shown.length);
    byId('outside-note').hidden = outside === 0;
    byId('outside-count').textContent = String(outside);
    overview(shown);
  }

  // Bars of events per month (per year over long spans); a click shows that period.
  function overview(shown) {
    var bar = byId('overview');
    bar.textContent = '';
    var months = {}, first = null, last = null;
    shown.forEach(function (event) {
      if (!event.first) return;
      var month = event.first.slice(0, 7);
      months[month] = (months[month] || 0) + 1;
      if (!first || month < first) first = month;
      if (!last || month > last) last = month;
    });
    if (!first) return;
    var y0 = +first.slice(0, 4), m0 = +first.slice(5, 7) - 1, y1 = +last.slice(0, 4), m1 = +last.slice(5, 7) - 1;
    var span = (y1 - y0) * 12 + m1 - m0 + 1, yearly = span > 180, keys = [], counts = {}, max = 1;
    Object.keys(months).forEach(function (month) {
      var key = yearly ? month.slice(0, 4) : month;
      counts[key] = (counts[key] || 0) + months[month];
      max = Math.max(max, counts[key]);
    });
    for (var k = 0; k < (yearly ? y1 - y0 + 1 : span); k++) {
      keys.push(yearly ? String(y0 + k) : (y0 + Math.floor((m0 + k) / 12)) + '-' + ('0' + ((m0 + k) % 12 + 1)).slice(-2));
    }
    var labelEvery = Math.max(1, Math.ceil(keys.length / 12));
    keys.forEach(function (key, i) {
      var count = counts[key] || 0, button = element('button', count ? '' : 'empty');
      button.type = 'button';
      button.title = key + ': ' + count + (count === 1 ? ' event' : ' events');
      button.setAttribute('aria-label', button.title);
      button.setAttribute('data-month', key);
      if (count) button.style.height = Math.max(8, Math.round(100 * Math.sqrt(count / max))) + '%';
      if (i % labelEvery === 0) button.appendChild(element('span', 'tick', yearly || key.slice(5) === '01' || i === 0 ? key.slice(0, 4) + (yearly ? '' : '-' + key.slice(5)) : key.slice(5)));
      button.addEventListener('click', function () { jump(key); });
      bar.appendChild(button);
    });
  }
  function jump(key) {
    var sections = main.querySelectorAll('section.period');
    for (var i = 0; i < sections.length; i++) {
      var month = sections[i].getAttribute('data-month');
      if (!month || month.slice(0, key.length) < key) continue;
      sections[i].querySelectorAll('.chunk').forEach(draw);
      var headerHeight = document.querySelector('header').getBoundingClientRect().height;
      window.scrollTo(0, sections[i].getBoundingClientRect().top + window.pageYOffset - headerHeight);
      return;
    }
  }

  function fromControls() {
    state.q = byId('filter-text').value;
    state.type = byId('filter-type').value;
    state.actor = byId('filter-actor').value;
    state.from = byId('filter-from').value;
    state.to = byId('filter-to').value;
    var params = [];
    Object.keys(state).forEach(function (key) {
      if (state[key] && !(key === 'from' && state[key] === data.defaultFrom)) params.push(key + '=' + encodeURIComponent(state[key]));
    });
    if (history.replaceState) history.replaceState(null, '', params.length ? '#' + params.join('&') : location.pathname);
    render();
  }
  function toControls() {
    byId('filter-text').value = state.q;
    byId('filter-type').value = state.type;
    byId('filter-actor').value = state.actor;
    byId('filter-from').value = state.from;
    byId('filter-to').value = state.to;
  }

  var typeSelect = byId('filter-type');
  types.forEach(function (type) {
    var option = element('option', '', type[1]);
    option.value = type[0];
    typeSelect.appendChild(option);
  });
  var legend = byId('legend');
  types.forEach(function (type) {
    var item = element('li', '', type[1]);
    item.style.setProperty('--c', type[2]);
    legend.appendChild(item);
  });
  var actorList = byId('actor-list');
  actors.forEach(function (actor) {
    var option = element('option');
    option.value = actor[1];
    if (actor[1] !== actor[0]) option.label = actor[0];
    actorList.appendChild(option);
  });
  // The filters can be given in the address: #q=...&type=...&actor=...&from=YYYY-MM&to=YYYY-MM.
  state.from = data.defaultFrom || '';
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var at = pair.indexOf('='), key = pair.slice(0, at);
    if (at > 0 && state.hasOwnProperty(key)) state[key] = decodeURIComponent(pair.slice(at + 1));
  });
  toControls();
  var timer = null;
  byId('filter-text').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(fromControls, 150); });
  byId('filter-actor').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(fromControls, 150); });
  ['filter-type', 'filter-from', 'filter-to'].forEach(function (id) { byId(id).addEventListener('change', fromControls); });
  byId('show-all-dates').addEventListener('click', function () { state.from = ''; state.to = ''; toControls(); fromControls(); });
  byId('filter-reset').addEventListener('click', function () {
    state = { q: '', type: '', actor: '', from: '', to: '' };
    toControls();
    fromControls();
  });
  window.addEventListener('beforeprint', drawAll);
  render();
  document.documentElement.setAttribute('data-ready-ms', String(Math.round(performance.now())));
})();
)js";

}  // namespace

void write_timeline_html(std::ostream& out, const Timeline& timeline) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>Timeline of events</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<header>\n"
        << "<h1>Timeline of events</h1>\n"
        << "<p class=\"summary\"><span id=\"shown-count\">0</span> of " << timeline.entries.size()
        << " events shown, from " << timeline.document_count << " documents"
        << "<span id=\"outside-note\" hidden>; <span id=\"outside-count\">0</span> earlier events are outside the "
           "date range: <button type=\"button\" id=\"show-all-dates\">show all dates</button></span></p>\n"
        << "<form class=\"filters\" onsubmit=\"return false\" role=\"search\">\n"
        << "<label>Search<input type=\"search\" id=\"filter-text\" placeholder=\"words in any language\"></label>\n"
        << "<label>Type<select id=\"filter-type\"><option value=\"\">All types</option></select></label>\n"
        << "<label>Actor<input type=\"search\" id=\"filter-actor\" list=\"actor-list\" placeholder=\"name or code\">"
        << "</label><datalist id=\"actor-list\"></datalist>\n"
        << "<label>From<input type=\"month\" id=\"filter-from\" placeholder=\"YYYY-MM\"></label>\n"
        << "<label>To<input type=\"month\" id=\"filter-to\" placeholder=\"YYYY-MM\"></label>\n"
        << "<button type=\"button\" id=\"filter-reset\">Clear filters</button>\n</form>\n"
        << "<ul class=\"legend\" id=\"legend\" aria-label=\"Event types\"></ul>\n"
        << "<nav class=\"overview\" id=\"overview\" aria-label=\"Events per month\"></nav>\n"
        << "</header>\n<main class=\"axis\" id=\"axis\"></main>\n"
        << "<script type=\"application/json\" id=\"timeline-data\">" << timeline_data(timeline) << "</script>\n"
        << "<script>" << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace hadath
