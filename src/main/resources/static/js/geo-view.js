/*
 * The geographic industry map (产业地图): Tianjin's 16 districts from the boundary data the server ships
 * (GET /api/geo/districts, ECharts 4.7.0's tianjin.json), drawn with ECharts (loaded on first use), coloured by
 * the layout area of 五(一) that includes each; parks and platforms drawn inside their district at the points the
 * server chose (industryMap.placementRule, shown in the legend); park-fit answers and search hits highlighted.
 * A click on a district opens its panel: parks, area, focus industries, bureaus.
 */
import { $, emit, state, t, nameOf, esc } from './app.js';
import { gql, getJson } from './api.js';
import { load } from './vendor.js';
import { kindOf, kindName, swatch } from './kinds.js';

const AREA_COLORS = ['#9ecae1', '#f4a582', '#a1d99b', '#fdd985', '#cab2d6', '#d9d9d9'];
const INDUSTRY_MAP = `{ industryMap {
  boundarySource placementRule placementRuleZh
  districts {
    boundaryName
    district { id name nameEn sources { curated } }
    areas { id name nameEn industries { id name nameEn } }
    places { lon lat entity { id kind name nameEn } }
    bureaus { tasks leads bureau { id name nameEn } }
  }
  unplaced { id kind name nameEn }
} }`;

export let chart = null;
let map = null;            // industryMap
let areaColor = {};        // area id -> colour
let highlighted = [];      // [{id, label}]
let selected = null;       // district id

export async function show() {
  await load('echarts');
  if (!map) {
    const [geo, data] = await Promise.all([getJson('/api/geo/districts'), gql(INDUSTRY_MAP)]);
    echarts.registerMap('tianjin', geo);
    map = data.industryMap;
    const areas = [];
    map.districts.forEach(d => d.areas.forEach(a => { if (!areas.some(x => x.id === a.id)) areas.push(a); }));
    areas.sort((a, b) => a.id.localeCompare(b.id));
    areas.forEach((a, i) => { areaColor[a.id] = AREA_COLORS[i % AREA_COLORS.length]; });
    map.areas = areas;
  }
  if (!chart) {
    chart = echarts.init($('#geo-chart'));
    chart.on('click', params => {
      if (params.seriesType === 'map') {
        const d = map.districts.find(x => x.boundaryName === params.name);
        if (d) select(d.district.id);
      } else if (params.data && params.data.id) {
        emit('node-tap', { id: params.data.id, view: 'geo' });
      }
    });
    new ResizeObserver(() => {
      if (chart && map) {
        chart.resize();
        render();
      }
    }).observe($('#geo-chart'));
  }
  render();
  legend();
  if (state.focus && map.districts.some(d => d.district.id === state.focus)) select(state.focus);
  return map.districts.length;
}

function districtLabel(boundaryName) {
  const d = map.districts.find(x => x.boundaryName === boundaryName);
  return d ? nameOf(d.district) : boundaryName;
}

export function option(forExport) {
  const places = [];
  map.districts.forEach(d => d.places.forEach(p => places.push({ ...p, district: d.district.id })));
  const hi = new Map(highlighted.map(h => [h.id, h.label]));
  const symbolOf = kind => kindOf(kind).echartsSymbol;
  // the legend sits at the top left on wide screens and along the bottom on narrow ones: keep the map clear of it
  const narrow = $('#geo-chart').clientWidth < 700;
  return {
    animation: false,
    backgroundColor: forExport ? '#ffffff' : 'transparent',
    tooltip: forExport ? undefined : { trigger: 'item', formatter: p => p.seriesType === 'map'
      ? esc(districtLabel(p.name)) : esc(p.data && p.data.label || p.name) },
    geo: {
      map: 'tianjin', roam: !forExport, aspectScale: 0.85, top: 20, right: 20,
      bottom: !forExport && narrow ? '36%' : 20, left: forExport || narrow ? 20 : '22%',
      label: { show: true, fontSize: 11, color: '#243b53', formatter: p => districtLabel(p.name) },
      itemStyle: { borderColor: '#ffffff', borderWidth: 1.2 },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffe8a3' } },
      select: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#ffd166' } },
      selectedMode: 'single',
      regions: map.districts.map(d => ({
        name: d.boundaryName,
        selected: d.district.id === selected,
        itemStyle: { areaColor: d.areas.length ? areaColor[d.areas[0].id] : '#e4e9ef' }
      }))
    },
    series: [
      { type: 'map', geoIndex: 0, name: 'districts', data: map.districts.map(d => ({ name: d.boundaryName, id: d.district.id })) },
      {
        type: 'scatter', coordinateSystem: 'geo', name: 'places', z: 3,
        data: places.map(p => ({ value: [p.lon, p.lat], id: p.entity.id, label: nameOf(p.entity), name: p.entity.id,
          symbol: symbolOf(p.entity.kind), symbolSize: 11, itemStyle: { color: kindOf(p.entity.kind).color, borderColor: '#fff', borderWidth: 1 } })),
        label: { show: false }, emphasis: { label: { show: true, formatter: p => p.data.label, position: 'right' } }
      },
      {
        type: 'effectScatter', coordinateSystem: 'geo', name: 'highlight', z: 4, rippleEffect: { scale: 3 },
        showEffectOn: forExport ? 'emphasis' : 'render',
        data: places.filter(p => hi.has(p.entity.id)).map(p => ({ value: [p.lon, p.lat], id: p.entity.id, name: p.entity.id,
          label: hi.get(p.entity.id) || nameOf(p.entity) })),
        symbolSize: 14, itemStyle: { color: '#d62728' },
        label: { show: true, position: 'right', formatter: p => p.data.label, fontSize: 11, backgroundColor: 'rgba(255,255,255,.85)', padding: [1, 3] }
      }
    ]
  };
}

function render() {
  chart.setOption(option(false), true);
}

function legend() {
  const en = state.lang === 'en';
  const unplacedHi = highlighted.filter(h => map.unplaced.some(u => u.id === h.id));
  $('#geo-legend').innerHTML = `<strong>${t('五（一）产业布局', 'Layout areas of 五(一)')}</strong>
    <ul>${map.areas.map(a => `<li><span class="swatch" style="background:${areaColor[a.id]}"></span>${esc(nameOf(a))}</li>`).join('')}</ul>
    <ul>${['Park', 'Platform'].map(k => `<li>${swatch(kindOf(k))} ${esc(kindName(k))}</li>`).join('')}
      <li><span class="swatch" style="background:#d62728;border-radius:50%"></span>${t('匹配 / 搜索结果', 'fit / search hits')}</li></ul>
    <p class="placement">${esc(en ? map.placementRule : map.placementRuleZh)}</p>
    ${unplacedHi.length ? `<p><strong>${t('结果中未标明所在区：', 'In the results, no district known: ')}</strong>${unplacedHi.map(h => esc(h.label)).join('、')}</p>` : ''}
    <details><summary>${t('未定位的园区与平台', 'Parks and platforms without a district')} (${map.unplaced.length})</summary>
      <p>${map.unplaced.map(u => esc(nameOf(u))).join('、')}</p></details>
    <details><summary>${t('边界数据来源', 'Boundary data')}</summary><p>${esc(map.boundarySource)}</p></details>`;
}

/** Selects a district: highlighted on the map, its panel opened. */
export function select(districtId) {
  selected = districtId;
  state.focus = districtId;
  render();
  emit('state-changed');
  emit('district', district(districtId));
}

export function district(id) {
  return map && map.districts.find(d => d.district.id === id);
}

/** Highlights places (park-fit answers, search hits): [{id, label}]. Returns how many are drawn. */
export function highlight(items) {
  highlighted = items || [];
  if (chart && map) {
    render();
    legend();
  }
  return placedCount();
}

export function placedCount() {
  if (!map) return 0;
  const placed = new Set();
  map.districts.forEach(d => d.places.forEach(p => placed.add(p.entity.id)));
  return highlighted.filter(h => placed.has(h.id)).length;
}

export function relabel() {
  if (chart && map) {
    render();
    legend();
  }
}

export function fit() {
  if (chart && map) render();
}

/** PNG data URL and SVG text of the map as shown (highlights included). */
export function png() {
  return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
}
export function svg() {
  const div = document.createElement('div');
  const w = chart.getWidth(), h = chart.getHeight();
  const off = echarts.init(div, null, { renderer: 'svg', ssr: true, width: w, height: h });
  off.setOption(option(true));
  const text = off.renderToSVGString();
  off.dispose();
  return text;
}
/** The districts and placed parks as nodes with their on-screen positions, for the JSON exports. */
export function viewNodes() {
  const positions = {};
  map.districts.forEach(d => {
    const b = echarts.getMap('tianjin').geoJSON.features.find(f => f.properties.name === d.boundaryName);
    const p = chart.convertToPixel({ geoIndex: 0 }, b.properties.cp);
    positions[d.district.id] = { x: p[0], y: p[1] };
    d.places.forEach(pl => {
      const q = chart.convertToPixel({ geoIndex: 0 }, [pl.lon, pl.lat]);
      positions[pl.entity.id] = { x: q[0], y: q[1] };
    });
  });
  return positions;
}
export function data() {
  return map;
}
