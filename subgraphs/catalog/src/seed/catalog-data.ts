/**
 * Demo catalog for RealServ: categories, dated GST rates, materials, labour categories and three
 * demo vendors (Bengaluru). Prices are late-2025 / 2026 street prices, GST exclusive, in integer
 * paise (₹1 = 100 paise).
 *
 * GST RATES ARE DEMO DATA. Confirm every HSN code, rate and effective date against the CBIC rate
 * notifications (Notification 1/2017-Central Tax (Rate) and its amendments) before production use.
 *
 * How the rate table works: a row applies from its effectiveFrom until the next row for the same
 * HSN/SAC code. Goods use 4-digit HSN headings, so a row stands for the goods of that heading that
 * this catalog sells, not for every good in the heading. Notes on the choices made:
 * - 2523 cement: 28 % from launch, 18 % from 2025-09-22 (56th GST Council rate rationalisation).
 * - 6904 building bricks (common red clay bricks; heading 6901 covers bricks of siliceous fossil
 *   meals, not ordinary clay bricks) and 6815 fly ash bricks: 5 % from launch, 12 % with input tax
 *   credit from 2022-04-01 (Notification 1/2022-CT(R)). From 2025-09-22 the 12 % rate was notified
 *   again (Notification 14/2025-CT(R)) rather than cut to 5 %, so there is no 2025 row. The optional
 *   6 % rate without input tax credit is not modelled.
 * - 6810, 6907, 6802, 8544, 8536, 3214: 28 % at launch, 18 % from 2017-11-15 (23rd GST Council).
 * - 3208 / 3209 paints and enamels: 28 % at launch, 18 % from 2018-07-27 (28th GST Council).
 * - 6802 covers only mirror-polished Kota stone and polished granite slabs here. Kota stone that is
 *   not mirror polished has its own 5 % entry. The 2025 cut to 5 % was for granite and marble
 *   blocks (2516 / 2515), not for slabs.
 * - M-Sand, P-Sand and stone dust are crushed stone (2517, 5 %). River sand is natural sand (2505, 5 %).
 *
 * SAC codes for labour follow one rule. Civil site gangs (mason, helper, bar bender, shuttering
 * carpenter, welder) are supplied by the day and work under the builder's supervisor, so they use
 * 998519 (other employment and labour supply services). Finishing and MEP trades are booked as
 * a trade service, so they use the SAC of that trade: 995461 electrical installation,
 * 995462 plumbing, 995473 painting, 995474 floor and wall tiling, 995476 joinery and carpentry,
 * 995478 other building completion and finishing. The API only accepts a SAC code that is in the
 * rate table, so each one has an 18 % row. Concessional rates for specific projects, such as
 * affordable housing works contracts, are not modelled.
 */
import type {
  SeedCategory,
  SeedGstRate,
  SeedLaborCategory,
  SeedMaterial,
  SeedSpecification,
  SeedVendorCatalog,
} from './catalog-data.types.js';

/** Builds one specification row; `unit` is left out entirely when the value has none. */
function spec(key: string, label: string, value: string, unit?: string): SeedSpecification {
  return unit === undefined ? { key, label, value } : { key, label, value, unit };
}

// ---------------------------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------------------------

export const SEED_CATEGORIES: SeedCategory[] = [
  // Cement
  { slug: 'cement', name: 'Cement', kind: 'MATERIAL', description: 'Portland cement in 50 kg bags: OPC 43 and 53 grade, PPC and PSC from the major brands.', sortOrder: 10 },
  { slug: 'opc-cement', name: 'OPC Cement', kind: 'MATERIAL', parent: 'cement', description: 'Ordinary Portland Cement (IS 269), 43 and 53 grade, for RCC work and early strength.', sortOrder: 10 },
  { slug: 'ppc-cement', name: 'PPC Cement', kind: 'MATERIAL', parent: 'cement', description: 'Portland Pozzolana Cement (IS 1489-1), fly ash based, for masonry, plastering and general concrete.', sortOrder: 20 },
  { slug: 'psc-cement', name: 'PSC Cement', kind: 'MATERIAL', parent: 'cement', description: 'Portland Slag Cement (IS 455), for foundations, mass concrete and sulphate-prone soil.', sortOrder: 30 },

  // Steel
  { slug: 'steel-tmt-bars', name: 'Steel & TMT Bars', kind: 'MATERIAL', description: 'Reinforcement steel: TMT bars of every common diameter, plus binding wire.', sortOrder: 20 },
  { slug: 'tmt-bars', name: 'TMT Bars', kind: 'MATERIAL', parent: 'steel-tmt-bars', description: 'Thermo-mechanically treated rebars to IS 1786, grades Fe500, Fe500D and Fe550D, 8 mm to 25 mm.', sortOrder: 10 },
  { slug: 'binding-wire', name: 'Binding Wire', kind: 'MATERIAL', parent: 'steel-tmt-bars', description: 'Annealed steel wire for tying reinforcement bars.', sortOrder: 20 },

  // Bricks & blocks
  { slug: 'bricks-blocks', name: 'Bricks & Blocks', kind: 'MATERIAL', description: 'Walling materials: clay bricks, fly ash bricks, AAC blocks and concrete blocks.', sortOrder: 30 },
  { slug: 'red-clay-bricks', name: 'Red Clay Bricks', kind: 'MATERIAL', parent: 'bricks-blocks', description: 'Burnt clay bricks (IS 1077) and hollow clay blocks for load-bearing and partition walls.', sortOrder: 10 },
  { slug: 'fly-ash-bricks', name: 'Fly Ash Bricks', kind: 'MATERIAL', parent: 'bricks-blocks', description: 'Fly ash–lime–gypsum bricks (IS 12894), uniform in size and lighter than clay bricks.', sortOrder: 20 },
  { slug: 'aac-blocks', name: 'AAC Blocks', kind: 'MATERIAL', parent: 'bricks-blocks', description: 'Autoclaved aerated concrete blocks (IS 2185-3), light and thermally insulating, for framed structures.', sortOrder: 30 },
  { slug: 'concrete-blocks', name: 'Concrete Blocks', kind: 'MATERIAL', parent: 'bricks-blocks', description: 'Solid and hollow cement concrete blocks (IS 2185-1) for compound walls and partitions.', sortOrder: 40 },

  // Sand
  { slug: 'sand', name: 'Sand', kind: 'MATERIAL', description: 'Fine aggregate for concrete, masonry and plastering, by cubic foot, brass or tonne.', sortOrder: 40 },
  { slug: 'river-sand', name: 'River Sand', kind: 'MATERIAL', parent: 'sand', description: 'Washed natural river sand; supply depends on state mining permits.', sortOrder: 10 },
  { slug: 'm-sand', name: 'M-Sand', kind: 'MATERIAL', parent: 'sand', description: 'Manufactured sand from crushed granite, graded to Zone II for concrete and block work.', sortOrder: 20 },
  { slug: 'p-sand', name: 'P-Sand', kind: 'MATERIAL', parent: 'sand', description: 'Finer, double-washed plastering sand from crushed granite.', sortOrder: 30 },

  // Aggregates
  { slug: 'aggregates', name: 'Aggregates', kind: 'MATERIAL', description: 'Crushed granite coarse aggregate (jelly) and quarry dust.', sortOrder: 50 },
  { slug: 'aggregate-20mm', name: '20 mm Aggregate', kind: 'MATERIAL', parent: 'aggregates', description: 'The standard coarse aggregate for RCC slabs, beams and columns.', sortOrder: 10 },
  { slug: 'aggregate-40mm', name: '40 mm Aggregate', kind: 'MATERIAL', parent: 'aggregates', description: 'Larger aggregate for PCC below footings, mass concrete and road bases.', sortOrder: 20 },
  { slug: 'aggregate-12mm', name: '12 mm Aggregate', kind: 'MATERIAL', parent: 'aggregates', description: 'Smaller aggregate for thin sections, precast work and blending with 20 mm.', sortOrder: 30 },
  { slug: 'stone-dust', name: 'Stone Dust', kind: 'MATERIAL', parent: 'aggregates', description: 'Quarry dust for filling, paver bedding and block making.', sortOrder: 40 },

  // Tiles
  { slug: 'tiles', name: 'Tiles', kind: 'MATERIAL', description: 'Floor and wall tiles, plus natural stone flooring.', sortOrder: 60 },
  { slug: 'vitrified-tiles', name: 'Vitrified Tiles', kind: 'MATERIAL', parent: 'tiles', description: 'Glazed, polished and double-charge vitrified tiles with low water absorption, for floors.', sortOrder: 10 },
  { slug: 'ceramic-tiles', name: 'Ceramic Tiles', kind: 'MATERIAL', parent: 'tiles', description: 'Ceramic wall and floor tiles for bathrooms, kitchens, balconies and parking areas.', sortOrder: 20 },
  { slug: 'granite-kota-stone', name: 'Granite & Kota Stone', kind: 'MATERIAL', parent: 'tiles', description: 'Natural stone slabs for flooring, staircases and kitchen counters, priced per square foot.', sortOrder: 30 },

  // Plumbing
  { slug: 'plumbing', name: 'Plumbing', kind: 'MATERIAL', description: 'Water supply and drainage pipes, fittings and storage tanks.', sortOrder: 70 },
  { slug: 'pipes', name: 'CPVC & UPVC Pipes', kind: 'MATERIAL', parent: 'plumbing', description: 'CPVC hot and cold water pipes, UPVC plumbing pipes and SWR drainage pipes in 3 m lengths.', sortOrder: 10 },
  { slug: 'pipe-fittings', name: 'Pipe Fittings', kind: 'MATERIAL', parent: 'plumbing', description: 'Elbows, tees and threaded adapters matching CPVC and UPVC pipes.', sortOrder: 20 },
  { slug: 'water-tanks', name: 'Water Tanks', kind: 'MATERIAL', parent: 'plumbing', description: 'Rotomoulded plastic overhead and loft water storage tanks.', sortOrder: 30 },

  // Electrical
  { slug: 'electrical', name: 'Electrical', kind: 'MATERIAL', description: 'House wiring: wires, switches and sockets, MCBs and conduits.', sortOrder: 80 },
  { slug: 'wires-cables', name: 'Wires & Cables', kind: 'MATERIAL', parent: 'electrical', description: 'Flame-retardant PVC-insulated copper house wires in 90 m coils.', sortOrder: 10 },
  { slug: 'switches-sockets', name: 'Switches & Sockets', kind: 'MATERIAL', parent: 'electrical', description: 'Modular switches and sockets for concealed wiring.', sortOrder: 20 },
  { slug: 'mcbs', name: 'MCBs', kind: 'MATERIAL', parent: 'electrical', description: 'Miniature circuit breakers for distribution boards.', sortOrder: 30 },
  { slug: 'conduits', name: 'Conduits', kind: 'MATERIAL', parent: 'electrical', description: 'Rigid PVC conduit pipes for concealed and surface wiring.', sortOrder: 40 },

  // Paint
  { slug: 'paint', name: 'Paint', kind: 'MATERIAL', description: 'Wall paints, primers, putty and enamels.', sortOrder: 90 },
  { slug: 'interior-emulsion', name: 'Interior Emulsion', kind: 'MATERIAL', parent: 'paint', description: 'Water-based acrylic emulsions for interior walls and ceilings.', sortOrder: 10 },
  { slug: 'exterior-emulsion', name: 'Exterior Emulsion', kind: 'MATERIAL', parent: 'paint', description: 'Weather-resistant acrylic emulsions for exterior walls.', sortOrder: 20 },
  { slug: 'primer', name: 'Primer', kind: 'MATERIAL', parent: 'paint', description: 'Wall primers and metal primers applied before the finish coat.', sortOrder: 30 },
  { slug: 'wall-putty', name: 'Wall Putty', kind: 'MATERIAL', parent: 'paint', description: 'White cement based putty for smoothing plastered walls before painting.', sortOrder: 40 },
  { slug: 'enamel-paint', name: 'Enamel Paint', kind: 'MATERIAL', parent: 'paint', description: 'Solvent-based gloss enamels for doors, windows, grills and railings.', sortOrder: 50 },

  // Labour
  { slug: 'civil-work', name: 'Civil Work', kind: 'LABOUR', description: 'Site gangs for masonry, concreting, reinforcement, shuttering and structural welding.', sortOrder: 110 },
  { slug: 'finishing-work', name: 'Finishing Work', kind: 'LABOUR', description: 'Tiling, painting, false ceilings and carpentry after the structure is complete.', sortOrder: 120 },
  { slug: 'services-mep', name: 'Services (MEP)', kind: 'LABOUR', description: 'Electrical and plumbing installation.', sortOrder: 130 },
];

// ---------------------------------------------------------------------------------------------
// GST rates (demo data, see the header comment)
// ---------------------------------------------------------------------------------------------

export const SEED_GST_RATES: SeedGstRate[] = [
  { hsnCode: '2523', description: 'Portland cement (OPC, PPC, PSC) and similar hydraulic cements', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '2523', description: 'Portland cement: reduced from 28 % to 18 % in the GST rate rationalisation (56th GST Council)', rateBasisPoints: 1800, effectiveFrom: '2025-09-22' },

  { hsnCode: '7214', description: 'Bars and rods of iron or non-alloy steel, including TMT reinforcement bars', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '7217', description: 'Wire of iron or non-alloy steel, including binding wire', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },

  { hsnCode: '6904', description: 'Building bricks (burnt clay bricks and clay blocks)', rateBasisPoints: 500, effectiveFrom: '2017-07-01' },
  { hsnCode: '6904', description: 'Building bricks: 12 % with input tax credit (Notification 1/2022-CT(R)); kept at 12 % from 2025-09-22', rateBasisPoints: 1200, effectiveFrom: '2022-04-01' },
  { hsnCode: '6815', description: 'Fly ash bricks, fly ash blocks and fly ash aggregate', rateBasisPoints: 500, effectiveFrom: '2017-07-01' },
  { hsnCode: '6815', description: 'Fly ash bricks and blocks: 12 % with input tax credit (Notification 1/2022-CT(R)); kept at 12 % from 2025-09-22', rateBasisPoints: 1200, effectiveFrom: '2022-04-01' },

  { hsnCode: '6810', description: 'Articles of cement or concrete: AAC blocks, concrete blocks', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '6810', description: 'Articles of cement or concrete: reduced from 28 % to 18 % (23rd GST Council)', rateBasisPoints: 1800, effectiveFrom: '2017-11-15' },

  { hsnCode: '2505', description: 'Natural sand of all kinds (river sand)', rateBasisPoints: 500, effectiveFrom: '2017-07-01' },
  { hsnCode: '2517', description: 'Crushed stone, aggregates, manufactured sand and quarry dust', rateBasisPoints: 500, effectiveFrom: '2017-07-01' },

  { hsnCode: '6907', description: 'Ceramic and vitrified floor and wall tiles', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '6907', description: 'Ceramic and vitrified tiles: reduced from 28 % to 18 % (23rd GST Council)', rateBasisPoints: 1800, effectiveFrom: '2017-11-15' },
  { hsnCode: '6802', description: 'Worked building stone: polished granite slabs, mirror-polished Kota stone', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '6802', description: 'Polished granite and stone slabs: reduced from 28 % to 18 % (23rd GST Council)', rateBasisPoints: 1800, effectiveFrom: '2017-11-15' },

  { hsnCode: '3917', description: 'Plastic tubes, pipes and fittings: CPVC, UPVC, SWR pipes and rigid PVC conduits', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '3925', description: "Builders' ware of plastics: water storage tanks over 300 L", rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },

  { hsnCode: '8544', description: 'Insulated wires and cables', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '8544', description: 'Insulated wires and cables: reduced from 28 % to 18 % (23rd GST Council)', rateBasisPoints: 1800, effectiveFrom: '2017-11-15' },
  { hsnCode: '8536', description: 'Switches, sockets and circuit breakers (MCBs) up to 1,000 V', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '8536', description: 'Switches, sockets and MCBs: reduced from 28 % to 18 % (23rd GST Council)', rateBasisPoints: 1800, effectiveFrom: '2017-11-15' },

  { hsnCode: '3208', description: 'Solvent-based paints, enamels and metal primers', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '3208', description: 'Solvent-based paints and enamels: reduced from 28 % to 18 % (28th GST Council)', rateBasisPoints: 1800, effectiveFrom: '2018-07-27' },
  { hsnCode: '3209', description: 'Water-based paints: acrylic emulsions and wall primers', rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '3209', description: 'Water-based paints and emulsions: reduced from 28 % to 18 % (28th GST Council)', rateBasisPoints: 1800, effectiveFrom: '2018-07-27' },
  { hsnCode: '3214', description: "Wall putty, painters' fillings and surfacing preparations", rateBasisPoints: 2800, effectiveFrom: '2017-07-01' },
  { hsnCode: '3214', description: 'Wall putty: reduced from 28 % to 18 % (23rd GST Council)', rateBasisPoints: 1800, effectiveFrom: '2017-11-15' },

  // Services (SAC codes), for labour categories.
  { hsnCode: '998519', description: 'Other employment and labour supply services n.e.c. (daily-wage site manpower)', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '995461', description: 'Electrical installation services', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '995462', description: 'Water plumbing and drain laying services', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '995473', description: 'Painting services', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '995474', description: 'Floor and wall tiling services', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '995476', description: 'Joinery and carpentry services', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
  { hsnCode: '995478', description: 'Other building completion and finishing services (false ceilings, POP work)', rateBasisPoints: 1800, effectiveFrom: '2017-07-01' },
];

// ---------------------------------------------------------------------------------------------
// Materials
// ---------------------------------------------------------------------------------------------

const CEMENT_BAG = '50 kg bag';

function cementSpecs(cementType: 'OPC' | 'PPC' | 'PSC', standard: string, grade?: '43' | '53'): SeedSpecification[] {
  const specs: SeedSpecification[] = [];
  if (grade !== undefined) specs.push(spec('grade', 'Grade', grade));
  specs.push(spec('cementType', 'Cement type', cementType));
  specs.push(spec('weight', 'Bag weight', '50', 'kg'));
  specs.push(spec('standard', 'Standard', standard));
  return specs;
}

function tmtSpecs(grade: string, diameterMm: string): SeedSpecification[] {
  return [
    spec('grade', 'Grade', grade),
    spec('diameter', 'Diameter', diameterMm, 'mm'),
    spec('standard', 'Standard', 'IS 1786:2008'),
  ];
}

const CEMENT: SeedMaterial[] = [
  {
    slug: 'ultratech-opc-53-cement-50kg', name: 'UltraTech OPC 53 Grade Cement', category: 'opc-cement', brand: 'UltraTech',
    description: 'High early-strength OPC for RCC slabs, columns and precast work. Allow proper curing, because it generates more heat than PPC.',
    specifications: cementSpecs('OPC', 'IS 269:2015', '53'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 39500, hsnCode: '2523',
  },
  {
    slug: 'ultratech-opc-43-cement-50kg', name: 'UltraTech OPC 43 Grade Cement', category: 'opc-cement', brand: 'UltraTech',
    description: 'General-purpose OPC for plain and reinforced concrete, masonry and plastering where very early strength is not needed.',
    specifications: cementSpecs('OPC', 'IS 269:2015', '43'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 37500, hsnCode: '2523',
  },
  {
    slug: 'ultratech-ppc-cement-50kg', name: 'UltraTech PPC Cement', category: 'ppc-cement', brand: 'UltraTech',
    description: 'Fly ash based Portland Pozzolana Cement with low heat of hydration. A good all-round choice for masonry, plastering and residential concrete.',
    specifications: cementSpecs('PPC', 'IS 1489-1:2015'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 36000, hsnCode: '2523',
  },
  {
    slug: 'acc-suraksha-ppc-cement-50kg', name: 'ACC Suraksha PPC Cement', category: 'ppc-cement', brand: 'ACC',
    description: 'ACC PPC for brickwork, plastering, flooring and foundations. It gains strength slowly and resists cracking.',
    specifications: cementSpecs('PPC', 'IS 1489-1:2015'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 35000, hsnCode: '2523',
  },
  {
    slug: 'ambuja-plus-ppc-cement-50kg', name: 'Ambuja Plus PPC Cement', category: 'ppc-cement', brand: 'Ambuja',
    description: 'Ambuja PPC with improved water resistance, suited to foundations, roofs and plastering.',
    specifications: cementSpecs('PPC', 'IS 1489-1:2015'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 35500, hsnCode: '2523',
  },
  {
    slug: 'dalmia-psc-cement-50kg', name: 'Dalmia PSC Cement', category: 'psc-cement', brand: 'Dalmia',
    description: 'Portland Slag Cement with good resistance to sulphates and chlorides, for foundations, basements and coastal sites.',
    specifications: cementSpecs('PSC', 'IS 455:2015'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 33500, hsnCode: '2523',
  },
  {
    slug: 'ramco-supergrade-ppc-cement-50kg', name: 'Ramco Supergrade PPC Cement', category: 'ppc-cement', brand: 'Ramco',
    description: 'Ramco blended cement widely used in South India for masonry, plastering and slab concrete.',
    specifications: cementSpecs('PPC', 'IS 1489-1:2015'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 35000, hsnCode: '2523',
  },
  {
    slug: 'ramco-opc-53-cement-50kg', name: 'Ramco OPC 53 Grade Cement', category: 'opc-cement', brand: 'Ramco',
    description: 'Ramco 53 grade OPC for RCC and precast elements that need high early strength.',
    specifications: cementSpecs('OPC', 'IS 269:2015', '53'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 38500, hsnCode: '2523',
  },
  {
    slug: 'birla-a1-premium-opc-53-cement-50kg', name: 'Birla A1 Premium OPC 53 Grade Cement', category: 'opc-cement', brand: 'Birla A1',
    description: 'Birla A1 53 grade OPC for columns, beams and slabs.',
    specifications: cementSpecs('OPC', 'IS 269:2015', '53'), unit: 'BAG', unitDescription: CEMENT_BAG, basePricePaise: 38000, hsnCode: '2523',
  },
];

const TONNE_BARS = 'per tonne (12 m bars in bundles)';

const STEEL: SeedMaterial[] = [
  {
    slug: 'tata-tiscon-fe500d-8mm', name: 'TATA Tiscon 500D TMT Bar 8 mm', category: 'tmt-bars', brand: 'TATA Tiscon',
    description: 'Fe500D rebar for stirrups, ties and slab distribution steel. Thin bars cost more per tonne than 12 mm and above.',
    specifications: tmtSpecs('Fe500D', '8'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 7350000, hsnCode: '7214',
  },
  {
    slug: 'tata-tiscon-fe500d-12mm', name: 'TATA Tiscon 500D TMT Bar 12 mm', category: 'tmt-bars', brand: 'TATA Tiscon',
    description: 'The most-used residential rebar: column and beam main steel and footing mesh. Fe500D gives extra ductility for seismic zones.',
    specifications: tmtSpecs('Fe500D', '12'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 7050000, hsnCode: '7214',
  },
  {
    slug: 'tata-tiscon-fe500d-16mm', name: 'TATA Tiscon 500D TMT Bar 16 mm', category: 'tmt-bars', brand: 'TATA Tiscon',
    description: 'Fe500D rebar for column and beam main reinforcement in multi-storey buildings.',
    specifications: tmtSpecs('Fe500D', '16'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 7000000, hsnCode: '7214',
  },
  {
    slug: 'jsw-neosteel-fe500d-12mm', name: 'JSW Neosteel 500D TMT Bar 12 mm', category: 'tmt-bars', brand: 'JSW Neosteel',
    description: 'Fe500D 12 mm rebar for columns, beams and footings.',
    specifications: tmtSpecs('Fe500D', '12'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 6750000, hsnCode: '7214',
  },
  {
    slug: 'jsw-neosteel-fe550d-20mm', name: 'JSW Neosteel 550D TMT Bar 20 mm', category: 'tmt-bars', brand: 'JSW Neosteel',
    description: 'Fe550D rebar for heavily loaded columns, transfer beams and raft foundations. The higher grade saves steel weight.',
    specifications: tmtSpecs('Fe550D', '20'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 6700000, hsnCode: '7214',
  },
  {
    slug: 'jsw-neosteel-fe550d-25mm', name: 'JSW Neosteel 550D TMT Bar 25 mm', category: 'tmt-bars', brand: 'JSW Neosteel',
    description: 'Fe550D heavy-diameter rebar for pile caps, rafts and high-rise columns.',
    specifications: tmtSpecs('Fe550D', '25'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 6650000, hsnCode: '7214',
  },
  {
    slug: 'sail-seqr-fe500d-16mm', name: 'SAIL SeQR TMT Bar Fe500D 16 mm', category: 'tmt-bars', brand: 'SAIL',
    description: 'Earthquake-resistant Fe500D rebar from the Steel Authority of India, for beams and columns.',
    specifications: tmtSpecs('Fe500D', '16'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 6250000, hsnCode: '7214',
  },
  {
    slug: 'kamdhenu-nxt-fe500-10mm', name: 'Kamdhenu NXT TMT Bar Fe500 10 mm', category: 'tmt-bars', brand: 'Kamdhenu',
    description: 'Economical Fe500 rebar for slabs, lintels and low-rise houses.',
    specifications: tmtSpecs('Fe500', '10'), unit: 'TONNE', unitDescription: TONNE_BARS, basePricePaise: 6050000, hsnCode: '7214',
  },
  {
    slug: 'jsw-neosteel-fe500d-8mm-per-kg', name: 'JSW Neosteel 500D TMT Bar 8 mm (loose, per kg)', category: 'tmt-bars', brand: 'JSW Neosteel',
    description: 'Loose 8 mm Fe500D bars sold by weight for small jobs and repairs. Costs more per kg than buying by the tonne.',
    specifications: tmtSpecs('Fe500D', '8'), unit: 'KG', unitDescription: 'per kg (loose 12 m bars, about 4.7 kg each)', basePricePaise: 7400, hsnCode: '7214',
  },
  {
    slug: 'tata-wiron-binding-wire-20-gauge-25kg', name: 'TATA Wiron Binding Wire 20 Gauge', category: 'binding-wire', brand: 'TATA Wiron',
    description: 'Soft black annealed wire for tying rebar at laps and crossings. Plan on roughly 8–10 kg per tonne of steel.',
    specifications: [spec('gauge', 'Gauge', '20', 'SWG'), spec('diameter', 'Diameter', '0.9', 'mm'), spec('weight', 'Bundle weight', '25', 'kg'), spec('finish', 'Finish', 'Black annealed')],
    unit: 'BUNDLE', unitDescription: '25 kg bundle', basePricePaise: 205000, hsnCode: '7217',
  },
];

function brickSpecs(size: string, extra: SeedSpecification[]): SeedSpecification[] {
  return [spec('size', 'Size (L x W x H)', size, 'mm'), ...extra];
}

const BRICKS: SeedMaterial[] = [
  {
    slug: 'red-clay-brick-first-class-230x110x75', name: 'Red Clay Brick, First Class (230x110x75 mm)', category: 'red-clay-bricks',
    description: 'Chamber-burnt first-class table-moulded brick with a uniform red colour and a metallic ring when struck. For load-bearing and exposed brickwork.',
    specifications: brickSpecs('230x110x75', [spec('class', 'Class', 'First class'), spec('compressiveStrength', 'Compressive strength', '10', 'N/mm²'), spec('manufacture', 'Manufacture', 'Table-moulded, chamber-burnt')]),
    unit: 'PIECE', unitDescription: 'per brick', basePricePaise: 1050, hsnCode: '6904',
  },
  {
    slug: 'red-clay-brick-wire-cut-230x110x75', name: 'Wire-Cut Red Clay Brick (230x110x75 mm)', category: 'red-clay-bricks',
    description: 'Machine-extruded, wire-cut brick with sharp edges and close tolerances. Uses less mortar and suits fair-faced walls.',
    specifications: brickSpecs('230x110x75', [spec('class', 'Class', 'First class'), spec('compressiveStrength', 'Compressive strength', '12.5', 'N/mm²'), spec('manufacture', 'Manufacture', 'Machine-made, wire-cut')]),
    unit: 'PIECE', unitDescription: 'per brick', basePricePaise: 1300, hsnCode: '6904',
  },
  {
    slug: 'wienerberger-porotherm-hollow-clay-block-400x200x200', name: 'Wienerberger Porotherm Hollow Clay Block (400x200x200 mm)', category: 'red-clay-bricks', brand: 'Wienerberger',
    description: 'Horizontally perforated clay block, lighter and better insulated than solid brick. One block replaces about 8 standard bricks in a 200 mm wall.',
    specifications: brickSpecs('400x200x200', [spec('class', 'Class', 'Hollow clay block'), spec('compressiveStrength', 'Compressive strength', '3.5', 'N/mm²'), spec('type', 'Type', 'Horizontally perforated')]),
    unit: 'PIECE', unitDescription: 'per block', basePricePaise: 7800, hsnCode: '6904',
  },
  {
    slug: 'fly-ash-brick-230x110x75-class-10', name: 'Fly Ash Brick, Class 10 (230x110x75 mm)', category: 'fly-ash-bricks',
    description: 'Pressed fly ash–lime–gypsum brick with uniform size and good strength. Wet the bricks before laying.',
    specifications: brickSpecs('230x110x75', [spec('class', 'Class designation', '10'), spec('compressiveStrength', 'Compressive strength', '10', 'N/mm²'), spec('standard', 'Standard', 'IS 12894')]),
    unit: 'PIECE', unitDescription: 'per brick', basePricePaise: 700, hsnCode: '6815',
  },
  {
    slug: 'magicrete-aac-block-600x200x100', name: 'Magicrete AAC Block (600x200x100 mm)', category: 'aac-blocks', brand: 'Magicrete',
    description: '100 mm AAC block for internal partition walls. Lay it with thin-bed block jointing mortar.',
    specifications: brickSpecs('600x200x100', [spec('density', 'Dry density', '550–650', 'kg/m³'), spec('compressiveStrength', 'Compressive strength', '3.5', 'N/mm²'), spec('standard', 'Standard', 'IS 2185-3')]),
    unit: 'PIECE', unitDescription: 'per block', basePricePaise: 5200, hsnCode: '6810',
  },
  {
    slug: 'magicrete-aac-block-600x200x150', name: 'Magicrete AAC Block (600x200x150 mm)', category: 'aac-blocks', brand: 'Magicrete',
    description: '150 mm AAC block for internal walls in framed buildings, with good sound and heat insulation.',
    specifications: brickSpecs('600x200x150', [spec('density', 'Dry density', '550–650', 'kg/m³'), spec('compressiveStrength', 'Compressive strength', '3.5', 'N/mm²'), spec('standard', 'Standard', 'IS 2185-3')]),
    unit: 'PIECE', unitDescription: 'per block', basePricePaise: 7800, hsnCode: '6810',
  },
  {
    slug: 'renacon-aac-block-600x200x200', name: 'Renacon AAC Block (600x200x200 mm)', category: 'aac-blocks', brand: 'Renacon',
    description: '200 mm AAC block for external walls of framed structures. It cuts dead load and keeps interiors cooler.',
    specifications: brickSpecs('600x200x200', [spec('density', 'Dry density', '550–650', 'kg/m³'), spec('compressiveStrength', 'Compressive strength', '4', 'N/mm²'), spec('standard', 'Standard', 'IS 2185-3')]),
    unit: 'PIECE', unitDescription: 'per block', basePricePaise: 10200, hsnCode: '6810',
  },
  {
    slug: 'biltech-aac-block-600x200x200-per-cubic-metre', name: 'Biltech AAC Blocks 600x200x200 mm (by volume)', category: 'aac-blocks', brand: 'Biltech',
    description: 'AAC blocks sold by volume for bulk orders; one cubic metre is about 41 blocks of 600x200x200 mm. Delivered palletised.',
    specifications: brickSpecs('600x200x200', [spec('density', 'Dry density', '550–650', 'kg/m³'), spec('blocksPerCubicMetre', 'Blocks per cubic metre', '41'), spec('standard', 'Standard', 'IS 2185-3')]),
    unit: 'CUBIC_METRE', unitDescription: 'per cubic metre (about 41 blocks)', basePricePaise: 430000, hsnCode: '6810',
  },
  {
    slug: 'concrete-solid-block-400x200x200', name: 'Solid Concrete Block (400x200x200 mm)', category: 'concrete-blocks',
    description: 'Vibro-pressed solid cement concrete block for compound walls, basements and load-bearing walls.',
    specifications: brickSpecs('400x200x200', [spec('type', 'Type', 'Solid'), spec('compressiveStrength', 'Compressive strength', '5', 'N/mm²'), spec('standard', 'Standard', 'IS 2185-1')]),
    unit: 'PIECE', unitDescription: 'per block', basePricePaise: 4400, hsnCode: '6810',
  },
  {
    slug: 'concrete-hollow-block-400x200x200', name: 'Hollow Concrete Block (400x200x200 mm)', category: 'concrete-blocks',
    description: 'Two-cavity hollow block, lighter than solid block. The cores can take vertical reinforcement and grout.',
    specifications: brickSpecs('400x200x200', [spec('type', 'Type', 'Hollow'), spec('compressiveStrength', 'Compressive strength', '4', 'N/mm²'), spec('standard', 'Standard', 'IS 2185-1')]),
    unit: 'PIECE', unitDescription: 'per block', basePricePaise: 3600, hsnCode: '6810',
  },
];

const BRASS = '1 brass = 100 cubic feet';

const SAND: SeedMaterial[] = [
  {
    slug: 'river-sand-washed-zone-ii-per-brass', name: 'Washed River Sand, Zone II (per brass)', category: 'river-sand',
    description: 'Sieved, washed natural river sand for concrete and plastering, delivered by tipper. Availability and price depend on local mining permits.',
    specifications: [spec('type', 'Sand type', 'River'), spec('zone', 'Grading zone (IS 383)', 'II'), spec('siltContent', 'Silt content (max)', '3', '%')],
    unit: 'BRASS', unitDescription: BRASS, basePricePaise: 880000, hsnCode: '2505',
  },
  {
    slug: 'm-sand-concrete-zone-ii-per-cft', name: 'M-Sand for Concrete, Zone II (per cubic foot)', category: 'm-sand',
    description: 'VSI-crushed granite sand with cubical particles, graded to Zone II for RCC and block work. A consistent alternative to river sand.',
    specifications: [spec('type', 'Sand type', 'M-Sand'), spec('zone', 'Grading zone (IS 383)', 'II'), spec('maxSize', 'Particle size (max)', '4.75', 'mm'), spec('use', 'Use', 'Concrete')],
    unit: 'CUBIC_FOOT', unitDescription: 'per cubic foot', basePricePaise: 5500, hsnCode: '2517',
  },
  {
    slug: 'm-sand-concrete-zone-ii-per-tonne', name: 'M-Sand for Concrete, Zone II (per tonne)', category: 'm-sand',
    description: 'Concrete-grade M-Sand billed by weighbridge tonne, for ready-mix and large slab pours.',
    specifications: [spec('type', 'Sand type', 'M-Sand'), spec('zone', 'Grading zone (IS 383)', 'II'), spec('maxSize', 'Particle size (max)', '4.75', 'mm'), spec('use', 'Use', 'Concrete')],
    unit: 'TONNE', unitDescription: 'per tonne (weighbridge slip)', basePricePaise: 125000, hsnCode: '2517',
  },
  {
    slug: 'p-sand-plastering-per-cft', name: 'P-Sand for Plastering (per cubic foot)', category: 'p-sand',
    description: 'Double-washed, fine crushed-granite sand for wall plaster and ceiling finish, with low dust content for a smooth surface.',
    specifications: [spec('type', 'Sand type', 'P-Sand'), spec('zone', 'Grading zone (IS 383)', 'III'), spec('maxSize', 'Particle size (max)', '2.36', 'mm'), spec('use', 'Use', 'Plastering')],
    unit: 'CUBIC_FOOT', unitDescription: 'per cubic foot', basePricePaise: 6500, hsnCode: '2517',
  },
];

function aggregateSpecs(sizeMm: string): SeedSpecification[] {
  return [spec('size', 'Nominal size', sizeMm, 'mm'), spec('type', 'Type', 'Crushed granite'), spec('standard', 'Standard', 'IS 383')];
}

const AGGREGATES: SeedMaterial[] = [
  {
    slug: 'aggregate-20mm-crushed-granite-per-cft', name: '20 mm Crushed Granite Aggregate (per cubic foot)', category: 'aggregate-20mm',
    description: 'Machine-crushed 20 mm jelly for RCC slabs, beams and columns. Angular and free of dust.',
    specifications: aggregateSpecs('20'), unit: 'CUBIC_FOOT', unitDescription: 'per cubic foot', basePricePaise: 4800, hsnCode: '2517',
  },
  {
    slug: 'aggregate-20mm-crushed-granite-per-tonne', name: '20 mm Crushed Granite Aggregate (per tonne)', category: 'aggregate-20mm',
    description: '20 mm aggregate billed by weighbridge tonne, for large pours and RMC batching.',
    specifications: aggregateSpecs('20'), unit: 'TONNE', unitDescription: 'per tonne (weighbridge slip)', basePricePaise: 105000, hsnCode: '2517',
  },
  {
    slug: 'aggregate-40mm-crushed-granite-per-cft', name: '40 mm Crushed Granite Aggregate (per cubic foot)', category: 'aggregate-40mm',
    description: '40 mm jelly for PCC bed under footings, mass concrete and sub-base.',
    specifications: aggregateSpecs('40'), unit: 'CUBIC_FOOT', unitDescription: 'per cubic foot', basePricePaise: 4200, hsnCode: '2517',
  },
  {
    slug: 'aggregate-40mm-crushed-granite-per-brass', name: '40 mm Crushed Granite Aggregate (per brass)', category: 'aggregate-40mm',
    description: '40 mm aggregate by the brass for foundation PCC and plinth filling.',
    specifications: aggregateSpecs('40'), unit: 'BRASS', unitDescription: BRASS, basePricePaise: 400000, hsnCode: '2517',
  },
  {
    slug: 'aggregate-12mm-crushed-granite-per-cft', name: '12 mm Crushed Granite Aggregate (per cubic foot)', category: 'aggregate-12mm',
    description: '12 mm chips for thin slabs, precast elements, and for blending with 20 mm in pumped concrete.',
    specifications: aggregateSpecs('12'), unit: 'CUBIC_FOOT', unitDescription: 'per cubic foot', basePricePaise: 5200, hsnCode: '2517',
  },
  {
    slug: 'stone-dust-quarry-dust-per-cft', name: 'Quarry Dust / Stone Dust (per cubic foot)', category: 'stone-dust',
    description: 'Unwashed crusher dust for plinth filling, paver and tile bedding, and block manufacturing. Not a substitute for M-Sand in concrete.',
    specifications: [spec('size', 'Nominal size', '0–4.75', 'mm'), spec('type', 'Type', 'Crusher dust')],
    unit: 'CUBIC_FOOT', unitDescription: 'per cubic foot', basePricePaise: 2800, hsnCode: '2517',
  },
];

function tileSpecs(size: string, finish: string, tileType: string, thicknessMm: string, tilesPerBox: string, coverageSqM: string): SeedSpecification[] {
  return [
    spec('size', 'Size', size, 'mm'),
    spec('finish', 'Finish', finish),
    spec('tileType', 'Tile type', tileType),
    spec('thickness', 'Thickness', thicknessMm, 'mm'),
    spec('tilesPerBox', 'Tiles per box', tilesPerBox),
    spec('coveragePerBox', 'Coverage per box', coverageSqM, 'sq m'),
  ];
}

const TILES: SeedMaterial[] = [
  {
    slug: 'kajaria-gvt-600x600-glossy', name: 'Kajaria Glazed Vitrified Tile 600x600 mm, Glossy', category: 'vitrified-tiles', brand: 'Kajaria',
    description: 'Digitally printed GVT floor tile for living and bedroom floors. Order about 5–8 % extra for cutting and breakage.',
    specifications: tileSpecs('600x600', 'Glossy', 'Glazed vitrified (GVT)', '9', '4', '1.44'),
    unit: 'BOX', unitDescription: 'box of 4 tiles, 1.44 sq m', basePricePaise: 115000, hsnCode: '6907',
  },
  {
    slug: 'kajaria-gvt-600x1200-matt', name: 'Kajaria Glazed Vitrified Tile 600x1200 mm, Matt', category: 'vitrified-tiles', brand: 'Kajaria',
    description: 'Large-format matt GVT slab for living areas with fewer joints. Needs tile adhesive and a leveling system.',
    specifications: tileSpecs('600x1200', 'Matt', 'Glazed vitrified (GVT)', '9', '2', '1.44'),
    unit: 'BOX', unitDescription: 'box of 2 tiles, 1.44 sq m', basePricePaise: 152000, hsnCode: '6907',
  },
  {
    slug: 'somany-pgvt-800x800-high-gloss', name: 'Somany Polished Glazed Vitrified Tile 800x800 mm, High Gloss', category: 'vitrified-tiles', brand: 'Somany',
    description: 'Polished 800x800 PGVT for halls and lobbies, with a mirror-like finish.',
    specifications: tileSpecs('800x800', 'High gloss polished', 'Polished glazed vitrified (PGVT)', '9', '3', '1.92'),
    unit: 'BOX', unitDescription: 'box of 3 tiles, 1.92 sq m', basePricePaise: 175000, hsnCode: '6907',
  },
  {
    slug: 'johnson-marbonite-double-charge-600x600', name: 'Johnson Marbonite Double Charge Vitrified Tile 600x600 mm', category: 'vitrified-tiles', brand: 'Johnson',
    description: 'Double-charge vitrified tile with a 3 mm pigment layer that hides wear. Suited to shops, offices and rental floors.',
    specifications: tileSpecs('600x600', 'Polished', 'Double charge vitrified', '10', '4', '1.44'),
    unit: 'BOX', unitDescription: 'box of 4 tiles, 1.44 sq m', basePricePaise: 88000, hsnCode: '6907',
  },
  {
    slug: 'kajaria-ceramic-wall-tile-300x450-glossy', name: 'Kajaria Ceramic Wall Tile 300x450 mm, Glossy', category: 'ceramic-tiles', brand: 'Kajaria',
    description: 'Glazed ceramic wall tile for bathroom and kitchen dado. Light and easy to cut.',
    specifications: tileSpecs('300x450', 'Glossy', 'Ceramic wall', '8', '6', '0.81'),
    unit: 'BOX', unitDescription: 'box of 6 tiles, 0.81 sq m', basePricePaise: 38000, hsnCode: '6907',
  },
  {
    slug: 'somany-ceramic-floor-tile-400x400-matt', name: 'Somany Ceramic Floor Tile 400x400 mm, Matt', category: 'ceramic-tiles', brand: 'Somany',
    description: 'Matt ceramic floor tile for bathrooms, utility areas and balconies.',
    specifications: tileSpecs('400x400', 'Matt', 'Ceramic floor', '8', '5', '0.80'),
    unit: 'BOX', unitDescription: 'box of 5 tiles, 0.80 sq m', basePricePaise: 33000, hsnCode: '6907',
  },
  {
    slug: 'johnson-anti-skid-ceramic-tile-300x300', name: 'Johnson Anti-Skid Ceramic Floor Tile 300x300 mm', category: 'ceramic-tiles', brand: 'Johnson',
    description: 'Textured anti-skid tile for bathroom floors, wash areas and terraces.',
    specifications: tileSpecs('300x300', 'Anti-skid matt', 'Ceramic floor', '7', '10', '0.90'),
    unit: 'BOX', unitDescription: 'box of 10 tiles, 0.90 sq m', basePricePaise: 36000, hsnCode: '6907',
  },
  {
    slug: 'black-galaxy-granite-slab-18mm', name: 'Black Galaxy Granite Slab, 18 mm Polished', category: 'granite-kota-stone',
    description: 'Black granite with golden flecks from Andhra Pradesh, for kitchen counters, staircases and flooring. Price is per square foot of slab area.',
    specifications: [spec('stoneType', 'Stone', 'Granite'), spec('finish', 'Finish', 'Mirror polished'), spec('thickness', 'Thickness', '18', 'mm'), spec('colour', 'Colour', 'Black with gold specks')],
    unit: 'SQUARE_FOOT', unitDescription: 'per square foot', basePricePaise: 21000, hsnCode: '6802',
  },
  {
    slug: 'sadarahalli-grey-granite-slab-18mm', name: 'Sadarahalli Grey Granite Slab, 18 mm Polished', category: 'granite-kota-stone',
    description: 'Economical Karnataka grey granite, widely used for staircases, window sills and flooring in Bengaluru.',
    specifications: [spec('stoneType', 'Stone', 'Granite'), spec('finish', 'Finish', 'Mirror polished'), spec('thickness', 'Thickness', '18', 'mm'), spec('colour', 'Colour', 'Grey')],
    unit: 'SQUARE_FOOT', unitDescription: 'per square foot', basePricePaise: 9500, hsnCode: '6802',
  },
  {
    slug: 'kota-stone-mirror-polished-25mm', name: 'Kota Stone, Mirror Polished, 25 mm', category: 'granite-kota-stone',
    description: 'Hard-wearing blue-green limestone from Rajasthan, factory mirror-polished, for corridors, parking and utility floors.',
    specifications: [spec('stoneType', 'Stone', 'Kota stone (limestone)'), spec('finish', 'Finish', 'Mirror polished'), spec('thickness', 'Thickness', '25', 'mm'), spec('size', 'Size', '600x600', 'mm')],
    unit: 'SQUARE_FOOT', unitDescription: 'per square foot', basePricePaise: 5800, hsnCode: '6802',
  },
];

const PIPE_LENGTH = '3 m length';

const PLUMBING: SeedMaterial[] = [
  {
    slug: 'astral-cpvc-pro-half-inch-sdr11-3m', name: 'Astral CPVC Pro Pipe 1/2 inch SDR 11 (3 m)', category: 'pipes', brand: 'Astral',
    description: 'CPVC hot and cold water pipe for bathroom and kitchen lines. Joint it with CPVC solvent cement.',
    specifications: [spec('material', 'Material', 'CPVC'), spec('diameter', 'Nominal size', '1/2', 'inch'), spec('outerDiameter', 'Outside diameter', '15.9', 'mm'), spec('class', 'Pressure class', 'SDR 11'), spec('length', 'Length', '3', 'm')],
    unit: 'PIECE', unitDescription: PIPE_LENGTH, basePricePaise: 24500, hsnCode: '3917',
  },
  {
    slug: 'ashirvad-flowguard-plus-cpvc-three-quarter-inch-sdr11-3m', name: 'Ashirvad FlowGuard Plus CPVC Pipe 3/4 inch SDR 11 (3 m)', category: 'pipes', brand: 'Ashirvad',
    description: 'CPVC pipe rated for hot water up to 93 °C, for risers and branch lines.',
    specifications: [spec('material', 'Material', 'CPVC'), spec('diameter', 'Nominal size', '3/4', 'inch'), spec('outerDiameter', 'Outside diameter', '22.2', 'mm'), spec('class', 'Pressure class', 'SDR 11'), spec('length', 'Length', '3', 'm')],
    unit: 'PIECE', unitDescription: PIPE_LENGTH, basePricePaise: 39500, hsnCode: '3917',
  },
  {
    slug: 'supreme-cpvc-1-inch-sdr11-3m', name: 'Supreme CPVC Pipe 1 inch SDR 11 (3 m)', category: 'pipes', brand: 'Supreme',
    description: 'CPVC pipe for main supply lines from the overhead tank to each floor.',
    specifications: [spec('material', 'Material', 'CPVC'), spec('diameter', 'Nominal size', '1', 'inch'), spec('outerDiameter', 'Outside diameter', '28.6', 'mm'), spec('class', 'Pressure class', 'SDR 11'), spec('length', 'Length', '3', 'm')],
    unit: 'PIECE', unitDescription: PIPE_LENGTH, basePricePaise: 64000, hsnCode: '3917',
  },
  {
    slug: 'supreme-upvc-1-inch-sch40-3m', name: 'Supreme UPVC Plumbing Pipe 1 inch SCH 40 (3 m)', category: 'pipes', brand: 'Supreme',
    description: 'UV-stabilised UPVC pipe for cold water lines, terrace runs and sump connections.',
    specifications: [spec('material', 'Material', 'UPVC'), spec('diameter', 'Nominal size', '1', 'inch'), spec('outerDiameter', 'Outside diameter', '33.4', 'mm'), spec('class', 'Pressure class', 'Schedule 40'), spec('length', 'Length', '3', 'm')],
    unit: 'PIECE', unitDescription: PIPE_LENGTH, basePricePaise: 43000, hsnCode: '3917',
  },
  {
    slug: 'ashirvad-swr-110mm-type-b-3m', name: 'Ashirvad SWR Drainage Pipe 110 mm Type B (3 m)', category: 'pipes', brand: 'Ashirvad',
    description: 'Single-socket SWR pipe for soil and waste stacks. Type B is rated for soil and waste discharge.',
    specifications: [spec('material', 'Material', 'UPVC (SWR)'), spec('diameter', 'Outside diameter', '110', 'mm'), spec('class', 'Class', 'Type B (IS 13592)'), spec('length', 'Length', '3', 'm')],
    unit: 'PIECE', unitDescription: PIPE_LENGTH, basePricePaise: 86000, hsnCode: '3917',
  },
  {
    slug: 'astral-cpvc-elbow-90-three-quarter-inch', name: 'Astral CPVC Elbow 90° 3/4 inch', category: 'pipe-fittings', brand: 'Astral',
    description: 'Solvent-weld 90° elbow for CPVC SDR 11 pipe.',
    specifications: [spec('fittingType', 'Fitting', 'Elbow 90°'), spec('material', 'Material', 'CPVC'), spec('diameter', 'Nominal size', '3/4', 'inch')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 2400, hsnCode: '3917',
  },
  {
    slug: 'ashirvad-cpvc-tee-half-inch', name: 'Ashirvad CPVC Equal Tee 1/2 inch', category: 'pipe-fittings', brand: 'Ashirvad',
    description: 'Solvent-weld equal tee for branching CPVC lines to taps and mixers.',
    specifications: [spec('fittingType', 'Fitting', 'Equal tee'), spec('material', 'Material', 'CPVC'), spec('diameter', 'Nominal size', '1/2', 'inch')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 1400, hsnCode: '3917',
  },
  {
    slug: 'astral-cpvc-brass-fta-half-inch', name: 'Astral CPVC Brass Female Threaded Adapter 1/2 inch', category: 'pipe-fittings', brand: 'Astral',
    description: 'CPVC adapter with a brass female thread, for connecting taps, angle valves and geysers.',
    specifications: [spec('fittingType', 'Fitting', 'Female threaded adapter (brass insert)'), spec('material', 'Material', 'CPVC with brass insert'), spec('diameter', 'Nominal size', '1/2', 'inch')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 6800, hsnCode: '3917',
  },
  {
    slug: 'sintex-triple-layer-water-tank-1000l', name: 'Sintex Triple Layer Water Tank 1000 L', category: 'water-tanks', brand: 'Sintex',
    description: 'Rotomoulded overhead tank with a UV-resistant outer layer and a food-grade inner layer. Needs a flat, fully supported base.',
    specifications: [spec('capacity', 'Capacity', '1000', 'L'), spec('layers', 'Layers', '3'), spec('material', 'Material', 'LLDPE')],
    unit: 'PIECE', unitDescription: 'per tank', basePricePaise: 640000, hsnCode: '3925',
  },
  {
    slug: 'supreme-triple-layer-water-tank-500l', name: 'Supreme Triple Layer Water Tank 500 L', category: 'water-tanks', brand: 'Supreme',
    description: 'Compact overhead tank for independent houses and loft installation.',
    specifications: [spec('capacity', 'Capacity', '500', 'L'), spec('layers', 'Layers', '3'), spec('material', 'Material', 'LLDPE')],
    unit: 'PIECE', unitDescription: 'per tank', basePricePaise: 330000, hsnCode: '3925',
  },
];

function wireSpecs(crossSection: string, insulation: string): SeedSpecification[] {
  return [
    spec('crossSection', 'Cross-section', crossSection, 'sq mm'),
    spec('length', 'Coil length', '90', 'm'),
    spec('conductor', 'Conductor', 'Multi-strand annealed copper'),
    spec('insulation', 'Insulation', insulation),
    spec('voltage', 'Voltage grade', '1100', 'V'),
  ];
}

const COIL = '90 m coil';

const ELECTRICAL: SeedMaterial[] = [
  {
    slug: 'havells-lifeline-plus-s3-hrfr-1-5sqmm-90m', name: 'Havells Life Line Plus S3 HRFR Wire 1.5 sq mm (90 m)', category: 'wires-cables', brand: 'Havells',
    description: 'Heat-resistant, flame-retardant house wire for lighting and fan circuits.',
    specifications: wireSpecs('1.5', 'HRFR PVC'), unit: 'ROLL', unitDescription: COIL, basePricePaise: 175000, hsnCode: '8544',
  },
  {
    slug: 'havells-lifeline-plus-s3-hrfr-4sqmm-90m', name: 'Havells Life Line Plus S3 HRFR Wire 4 sq mm (90 m)', category: 'wires-cables', brand: 'Havells',
    description: 'House wire for air conditioner and geyser circuits and sub-main runs.',
    specifications: wireSpecs('4', 'HRFR PVC'), unit: 'ROLL', unitDescription: COIL, basePricePaise: 435000, hsnCode: '8544',
  },
  {
    slug: 'polycab-frlsh-2-5sqmm-90m', name: 'Polycab FR-LSH Wire 2.5 sq mm (90 m)', category: 'wires-cables', brand: 'Polycab',
    description: 'Flame-retardant, low-smoke house wire for 16 A power sockets and kitchen circuits.',
    specifications: wireSpecs('2.5', 'FR-LSH PVC'), unit: 'ROLL', unitDescription: COIL, basePricePaise: 275000, hsnCode: '8544',
  },
  {
    slug: 'polycab-frlsh-6sqmm-90m', name: 'Polycab FR-LSH Wire 6 sq mm (90 m)', category: 'wires-cables', brand: 'Polycab',
    description: 'Heavy house wire for meter-to-distribution-board mains and large AC loads.',
    specifications: wireSpecs('6', 'FR-LSH PVC'), unit: 'ROLL', unitDescription: COIL, basePricePaise: 650000, hsnCode: '8544',
  },
  {
    slug: 'finolex-fr-1-0sqmm-90m', name: 'Finolex FR PVC Wire 1.0 sq mm (90 m)', category: 'wires-cables', brand: 'Finolex',
    description: 'Flame-retardant wire for light points and switchboard loops.',
    specifications: wireSpecs('1.0', 'FR PVC'), unit: 'ROLL', unitDescription: COIL, basePricePaise: 118000, hsnCode: '8544',
  },
  {
    slug: 'legrand-myrius-6a-one-way-switch', name: 'Legrand Myrius 6A One-Way Switch (1 module)', category: 'switches-sockets', brand: 'Legrand',
    description: 'Modular one-way switch for lights and fans. Fits standard modular plates and boxes.',
    specifications: [spec('currentRating', 'Current rating', '6', 'A'), spec('type', 'Type', 'One-way'), spec('modules', 'Modules', '1')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 5500, hsnCode: '8536',
  },
  {
    slug: 'anchor-roma-6a-one-way-switch', name: 'Anchor Roma Classic 6A One-Way Switch (1 module)', category: 'switches-sockets', brand: 'Anchor',
    description: 'Popular economical modular switch for residential projects.',
    specifications: [spec('currentRating', 'Current rating', '6', 'A'), spec('type', 'Type', 'One-way'), spec('modules', 'Modules', '1')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 3200, hsnCode: '8536',
  },
  {
    slug: 'anchor-roma-16a-socket', name: 'Anchor Roma Classic 6/16A Socket (2 module)', category: 'switches-sockets', brand: 'Anchor',
    description: 'Combined 6 A / 16 A socket for appliances such as fridges, washing machines and kitchen equipment.',
    specifications: [spec('currentRating', 'Current rating', '16', 'A'), spec('type', 'Type', '6/16A universal socket'), spec('modules', 'Modules', '2')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 9500, hsnCode: '8536',
  },
  {
    slug: 'havells-16a-sp-c-curve-mcb', name: 'Havells 16A Single Pole C-Curve MCB', category: 'mcbs', brand: 'Havells',
    description: 'Miniature circuit breaker for socket and appliance circuits in the distribution board.',
    specifications: [spec('currentRating', 'Current rating', '16', 'A'), spec('poles', 'Poles', 'SP'), spec('curve', 'Tripping curve', 'C'), spec('breakingCapacity', 'Breaking capacity', '10', 'kA')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 26500, hsnCode: '8536',
  },
  {
    slug: 'legrand-dx3-32a-dp-c-curve-mcb', name: 'Legrand DX3 32A Double Pole C-Curve MCB', category: 'mcbs', brand: 'Legrand',
    description: 'Double-pole MCB for use as the incomer on a flat distribution board or on an AC circuit.',
    specifications: [spec('currentRating', 'Current rating', '32', 'A'), spec('poles', 'Poles', 'DP'), spec('curve', 'Tripping curve', 'C'), spec('breakingCapacity', 'Breaking capacity', '10', 'kA')],
    unit: 'PIECE', unitDescription: 'per piece', basePricePaise: 92000, hsnCode: '8536',
  },
  {
    slug: 'pvc-rigid-conduit-20mm-mms-3m', name: 'ISI Rigid PVC Conduit 20 mm, Medium Gauge (3 m)', category: 'conduits',
    description: 'Medium mechanical stress conduit for concealed wiring in walls and slabs.',
    specifications: [spec('diameter', 'Outside diameter', '20', 'mm'), spec('class', 'Class', 'MMS (medium mechanical stress)'), spec('length', 'Length', '3', 'm'), spec('standard', 'Standard', 'IS 9537-3')],
    unit: 'PIECE', unitDescription: PIPE_LENGTH, basePricePaise: 5200, hsnCode: '3917',
  },
  {
    slug: 'pvc-rigid-conduit-25mm-hms-3m', name: 'ISI Rigid PVC Conduit 25 mm, Heavy Gauge (3 m)', category: 'conduits',
    description: 'Heavy mechanical stress conduit for slab runs and sub-main cables.',
    specifications: [spec('diameter', 'Outside diameter', '25', 'mm'), spec('class', 'Class', 'HMS (heavy mechanical stress)'), spec('length', 'Length', '3', 'm'), spec('standard', 'Standard', 'IS 9537-3')],
    unit: 'PIECE', unitDescription: PIPE_LENGTH, basePricePaise: 8800, hsnCode: '3917',
  },
];

function paintSpecs(volumeL: string, finish: string, base: string, coverage: string): SeedSpecification[] {
  return [
    spec('volume', 'Pack size', volumeL, 'L'),
    spec('finish', 'Finish', finish),
    spec('base', 'Base', base),
    spec('coverage', 'Coverage per coat', coverage, 'sq ft/L'),
  ];
}

const BUCKET_20L = '20 L bucket';

const PAINT: SeedMaterial[] = [
  {
    slug: 'asian-paints-tractor-emulsion-20l', name: 'Asian Paints Tractor Emulsion (20 L)', category: 'interior-emulsion', brand: 'Asian Paints',
    description: 'Economy interior emulsion with a smooth matt finish, for rental units and budget projects.',
    specifications: paintSpecs('20', 'Matt', 'Water-based acrylic', '110–130'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 335000, hsnCode: '3209',
  },
  {
    slug: 'asian-paints-apcolite-premium-emulsion-20l', name: 'Asian Paints Apcolite Premium Emulsion (20 L)', category: 'interior-emulsion', brand: 'Asian Paints',
    description: 'Mid-range interior emulsion with better washability and coverage, for living rooms and bedrooms.',
    specifications: paintSpecs('20', 'Matt', 'Water-based acrylic', '120–140'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 580000, hsnCode: '3209',
  },
  {
    slug: 'nerolac-beauty-smooth-finish-20l', name: 'Nerolac Beauty Smooth Finish Interior Emulsion (20 L)', category: 'interior-emulsion', brand: 'Nerolac',
    description: 'Interior emulsion with a smooth, low-sheen finish and good value for apartment projects.',
    specifications: paintSpecs('20', 'Low sheen', 'Water-based acrylic', '120–140'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 450000, hsnCode: '3209',
  },
  {
    slug: 'asian-paints-apex-ultima-20l', name: 'Asian Paints Apex Ultima Exterior Emulsion (20 L)', category: 'exterior-emulsion', brand: 'Asian Paints',
    description: 'Premium exterior emulsion with dust and algae resistance, for facades exposed to monsoon rain.',
    specifications: paintSpecs('20', 'Sheen', 'Water-based acrylic', '90–110'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 790000, hsnCode: '3209',
  },
  {
    slug: 'berger-weathercoat-long-life-20l', name: 'Berger WeatherCoat Long Life Exterior Emulsion (20 L)', category: 'exterior-emulsion', brand: 'Berger',
    description: 'Long-life exterior emulsion with crack-bridging and waterproofing properties.',
    specifications: paintSpecs('20', 'Sheen', 'Water-based elastomeric acrylic', '80–100'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 840000, hsnCode: '3209',
  },
  {
    slug: 'nerolac-excel-total-20l', name: 'Nerolac Excel Total Exterior Emulsion (20 L)', category: 'exterior-emulsion', brand: 'Nerolac',
    description: 'All-weather exterior emulsion with anti-fungal protection.',
    specifications: paintSpecs('20', 'Sheen', 'Water-based acrylic', '85–105'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 730000, hsnCode: '3209',
  },
  {
    slug: 'asian-paints-exterior-wall-primer-20l', name: 'Asian Paints Exterior Wall Primer, Water-Based (20 L)', category: 'primer', brand: 'Asian Paints',
    description: 'Water-thinnable primer for new exterior plaster that improves adhesion of the top coat. Apply once the plaster is fully cured.',
    specifications: paintSpecs('20', 'Matt', 'Water-based acrylic', '90–110'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 310000, hsnCode: '3209',
  },
  {
    slug: 'asian-paints-trucare-interior-wall-primer-20l', name: 'Asian Paints TruCare Interior Wall Primer, Water-Based (20 L)', category: 'primer', brand: 'Asian Paints',
    description: 'Interior primer applied over putty before the emulsion coats.',
    specifications: paintSpecs('20', 'Matt', 'Water-based acrylic', '100–120'), unit: 'PIECE', unitDescription: BUCKET_20L, basePricePaise: 250000, hsnCode: '3209',
  },
  {
    slug: 'asian-paints-red-oxide-metal-primer', name: 'Asian Paints Red Oxide Metal Primer', category: 'primer', brand: 'Asian Paints',
    description: 'Solvent-based anti-corrosive primer for MS grills, gates and structural steel before enamel.',
    specifications: paintSpecs('1', 'Matt', 'Solvent-based alkyd', '120–140'), unit: 'LITRE', unitDescription: 'per litre (1 L and 4 L tins)', basePricePaise: 16000, hsnCode: '3208',
  },
  {
    slug: 'asian-paints-apcolite-premium-gloss-enamel', name: 'Asian Paints Apcolite Premium Gloss Enamel', category: 'enamel-paint', brand: 'Asian Paints',
    description: 'High-gloss enamel for wooden doors, windows and metal grills. Thin with mineral turpentine.',
    specifications: paintSpecs('1', 'High gloss', 'Solvent-based alkyd', '130–150'), unit: 'LITRE', unitDescription: 'per litre (1 L tin)', basePricePaise: 34000, hsnCode: '3208',
  },
  {
    slug: 'birla-white-wallcare-putty-40kg', name: 'Birla White WallCare Putty (40 kg)', category: 'wall-putty', brand: 'Birla White',
    description: 'White cement based putty for smoothing internal and external plaster before painting. Apply two coats of about 1 mm each.',
    specifications: [spec('weight', 'Bag weight', '40', 'kg'), spec('type', 'Type', 'White cement based'), spec('coverage', 'Coverage (2 coats)', '15–20', 'sq ft/kg')],
    unit: 'BAG', unitDescription: '40 kg bag', basePricePaise: 88000, hsnCode: '3214',
  },
  {
    slug: 'jk-wallmaxx-putty-40kg', name: 'JK WallMaxX Wall Putty (40 kg)', category: 'wall-putty', brand: 'JK White',
    description: 'White cement based wall putty with good water resistance, for interiors and exteriors.',
    specifications: [spec('weight', 'Bag weight', '40', 'kg'), spec('type', 'Type', 'White cement based'), spec('coverage', 'Coverage (2 coats)', '15–20', 'sq ft/kg')],
    unit: 'BAG', unitDescription: '40 kg bag', basePricePaise: 82000, hsnCode: '3214',
  },
];

export const SEED_MATERIALS: SeedMaterial[] = [
  ...CEMENT,
  ...STEEL,
  ...BRICKS,
  ...SAND,
  ...AGGREGATES,
  ...TILES,
  ...PLUMBING,
  ...ELECTRICAL,
  ...PAINT,
];

// ---------------------------------------------------------------------------------------------
// Labour categories (Bengaluru metro day rates; hourly = daily / 8, rounded to whole rupees)
// ---------------------------------------------------------------------------------------------

export const SEED_LABOR_CATEGORIES: SeedLaborCategory[] = [
  {
    slug: 'mason', name: 'Mason (Mistri)', category: 'civil-work',
    skillDescription: 'Lays brick, block and stone masonry, plasters walls and ceilings, and lays PCC to line and level.',
    hourlyRatePaise: 13800, dailyRatePaise: 110000, sacCode: '998519',
  },
  {
    slug: 'helper-mazdoor', name: 'Helper (Mazdoor)', category: 'civil-work',
    skillDescription: 'Unskilled site helper who mixes mortar and concrete, carries material, digs, cures and cleans the site.',
    hourlyRatePaise: 9400, dailyRatePaise: 75000, sacCode: '998519',
  },
  {
    slug: 'bar-bender', name: 'Bar Bender', category: 'civil-work',
    skillDescription: 'Cuts, bends and ties TMT reinforcement to the bar bending schedule for footings, columns, beams and slabs.',
    hourlyRatePaise: 13100, dailyRatePaise: 105000, sacCode: '998519',
  },
  {
    slug: 'shuttering-carpenter', name: 'Shuttering Carpenter', category: 'civil-work',
    skillDescription: 'Erects and strips plywood and steel formwork and props for columns, beams and slabs.',
    hourlyRatePaise: 13100, dailyRatePaise: 105000, sacCode: '998519',
  },
  {
    slug: 'welder', name: 'Welder / Fabricator', category: 'civil-work',
    skillDescription: 'Does arc welding and fabrication of MS gates, grills, staircase railings and light structural steel.',
    hourlyRatePaise: 14400, dailyRatePaise: 115000, sacCode: '998519',
  },
  {
    slug: 'tile-setter', name: 'Tile Setter', category: 'finishing-work',
    skillDescription: 'Lays floor and wall tiles, granite and Kota stone with mortar or adhesive, including levelling, cutting and grouting.',
    hourlyRatePaise: 15000, dailyRatePaise: 120000, sacCode: '995474',
  },
  {
    slug: 'painter', name: 'Painter', category: 'finishing-work',
    skillDescription: 'Does surface preparation, putty, primer and emulsion or enamel coats on walls, ceilings, doors and grills.',
    hourlyRatePaise: 11900, dailyRatePaise: 95000, sacCode: '995473',
  },
  {
    slug: 'pop-false-ceiling-worker', name: 'POP / False Ceiling Worker', category: 'finishing-work',
    skillDescription: 'Installs gypsum board and POP false ceilings on GI framing, and does POP punning and cornice work.',
    hourlyRatePaise: 13800, dailyRatePaise: 110000, sacCode: '995478',
  },
  {
    slug: 'finishing-carpenter', name: 'Finishing Carpenter', category: 'finishing-work',
    skillDescription: 'Fixes door and window frames and shutters, hardware, wardrobes and modular kitchen carcasses.',
    hourlyRatePaise: 15600, dailyRatePaise: 125000, sacCode: '995476',
  },
  {
    slug: 'electrician', name: 'Electrician', category: 'services-mep',
    skillDescription: 'Lays conduits, pulls wires, fixes switchboards and distribution boards, and tests circuits for a residential installation.',
    hourlyRatePaise: 14400, dailyRatePaise: 115000, sacCode: '995461',
  },
  {
    slug: 'plumber', name: 'Plumber', category: 'services-mep',
    skillDescription: 'Installs CPVC and UPVC supply lines, SWR drainage, tanks and sanitary fittings, and pressure-tests the lines.',
    hourlyRatePaise: 13100, dailyRatePaise: 105000, sacCode: '995462',
  },
];

// ---------------------------------------------------------------------------------------------
// Demo vendors (Bengaluru)
// ---------------------------------------------------------------------------------------------

export const SEED_VENDOR_CATALOGS: SeedVendorCatalog[] = [
  {
    vendorId: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a01',
    name: 'Sri Balaji Building Materials',
    inventory: [
      // Cement
      { material: 'ultratech-opc-53-cement-50kg', pricePaise: 38800, stockQuantity: 2400, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'ultratech-ppc-cement-50kg', stockQuantity: 3200, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'acc-suraksha-ppc-cement-50kg', pricePaise: 34500, stockQuantity: 1500, minOrderQuantity: 10, leadTimeDays: 1 },
      { material: 'ramco-supergrade-ppc-cement-50kg', stockQuantity: 1800, minOrderQuantity: 10, leadTimeDays: 1 },
      { material: 'ambuja-plus-ppc-cement-50kg', stockQuantity: 1200, minOrderQuantity: 10, leadTimeDays: 1 },
      { material: 'dalmia-psc-cement-50kg', pricePaise: 34200, stockQuantity: 600, minOrderQuantity: 20, leadTimeDays: 2 },
      // Steel
      { material: 'tata-tiscon-fe500d-8mm', stockQuantity: 24, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'tata-tiscon-fe500d-12mm', pricePaise: 6950000, stockQuantity: 65, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'tata-tiscon-fe500d-16mm', stockQuantity: 40, minOrderQuantity: 1, leadTimeDays: 2 },
      { material: 'jsw-neosteel-fe550d-20mm', pricePaise: 6850000, stockQuantity: 28, minOrderQuantity: 2, leadTimeDays: 3 },
      { material: 'kamdhenu-nxt-fe500-10mm', pricePaise: 5990000, stockQuantity: 30, minOrderQuantity: 1, leadTimeDays: 2 },
      { material: 'jsw-neosteel-fe500d-8mm-per-kg', stockQuantity: 1500, minOrderQuantity: 50, leadTimeDays: 0 },
      { material: 'tata-wiron-binding-wire-20-gauge-25kg', stockQuantity: 120, minOrderQuantity: 1, leadTimeDays: 0 },
      // Bricks and blocks
      { material: 'red-clay-brick-first-class-230x110x75', pricePaise: 1000, stockQuantity: 42000, minOrderQuantity: 1000, leadTimeDays: 1 },
      { material: 'fly-ash-brick-230x110x75-class-10', stockQuantity: 18000, minOrderQuantity: 1000, leadTimeDays: 2 },
      { material: 'magicrete-aac-block-600x200x150', pricePaise: 8100, stockQuantity: 3500, minOrderQuantity: 100, leadTimeDays: 3 },
      { material: 'concrete-solid-block-400x200x200', stockQuantity: 6000, minOrderQuantity: 200, leadTimeDays: 2 },
      // Sand and aggregates
      { material: 'm-sand-concrete-zone-ii-per-cft', pricePaise: 5300, stockQuantity: 12000, minOrderQuantity: 100, leadTimeDays: 1 },
      { material: 'p-sand-plastering-per-cft', stockQuantity: 6000, minOrderQuantity: 100, leadTimeDays: 1 },
      { material: 'river-sand-washed-zone-ii-per-brass', pricePaise: 920000, stockQuantity: 25, minOrderQuantity: 1, leadTimeDays: 4 },
      { material: 'aggregate-20mm-crushed-granite-per-cft', stockQuantity: 10000, minOrderQuantity: 100, leadTimeDays: 1 },
      { material: 'aggregate-40mm-crushed-granite-per-cft', pricePaise: 4000, stockQuantity: 5000, minOrderQuantity: 100, leadTimeDays: 1 },
      { material: 'aggregate-12mm-crushed-granite-per-cft', stockQuantity: 3000, minOrderQuantity: 100, leadTimeDays: 2 },
      { material: 'stone-dust-quarry-dust-per-cft', stockQuantity: 8000, minOrderQuantity: 200, leadTimeDays: 1 },
      { material: 'birla-a1-premium-opc-53-cement-50kg', pricePaise: 37500, stockQuantity: 800, minOrderQuantity: 10, leadTimeDays: 1 },
    ],
    laborOffers: [
      { laborCategory: 'mason', workersAvailable: 12 },
      { laborCategory: 'helper-mazdoor', workersAvailable: 20, dailyRatePaise: 72000 },
      { laborCategory: 'bar-bender', workersAvailable: 6 },
      { laborCategory: 'shuttering-carpenter', workersAvailable: 4, dailyRatePaise: 110000 },
    ],
  },
  {
    vendorId: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a02',
    name: 'Lakshmi Tiles & Sanitary',
    inventory: [
      // Tiles and stone
      { material: 'kajaria-gvt-600x600-glossy', pricePaise: 112000, stockQuantity: 850, minOrderQuantity: 5, leadTimeDays: 0 },
      { material: 'kajaria-gvt-600x1200-matt', stockQuantity: 320, minOrderQuantity: 5, leadTimeDays: 2 },
      { material: 'somany-pgvt-800x800-high-gloss', pricePaise: 179000, stockQuantity: 240, minOrderQuantity: 5, leadTimeDays: 3 },
      { material: 'johnson-marbonite-double-charge-600x600', stockQuantity: 600, minOrderQuantity: 10, leadTimeDays: 1 },
      { material: 'kajaria-ceramic-wall-tile-300x450-glossy', stockQuantity: 1200, minOrderQuantity: 5, leadTimeDays: 0 },
      { material: 'somany-ceramic-floor-tile-400x400-matt', pricePaise: 32000, stockQuantity: 700, minOrderQuantity: 5, leadTimeDays: 0 },
      { material: 'johnson-anti-skid-ceramic-tile-300x300', stockQuantity: 450, minOrderQuantity: 5, leadTimeDays: 1 },
      { material: 'sadarahalli-grey-granite-slab-18mm', pricePaise: 9200, stockQuantity: 4000, minOrderQuantity: 50, leadTimeDays: 2 },
      { material: 'black-galaxy-granite-slab-18mm', stockQuantity: 1500, minOrderQuantity: 30, leadTimeDays: 3 },
      { material: 'kota-stone-mirror-polished-25mm', stockQuantity: 2500, minOrderQuantity: 50, leadTimeDays: 4 },
      // Plumbing
      { material: 'astral-cpvc-pro-half-inch-sdr11-3m', stockQuantity: 900, minOrderQuantity: 5, leadTimeDays: 0 },
      { material: 'ashirvad-flowguard-plus-cpvc-three-quarter-inch-sdr11-3m', pricePaise: 38500, stockQuantity: 600, minOrderQuantity: 5, leadTimeDays: 0 },
      { material: 'supreme-cpvc-1-inch-sdr11-3m', stockQuantity: 300, minOrderQuantity: 2, leadTimeDays: 1 },
      { material: 'supreme-upvc-1-inch-sch40-3m', stockQuantity: 400, minOrderQuantity: 2, leadTimeDays: 1 },
      { material: 'ashirvad-swr-110mm-type-b-3m', stockQuantity: 250, minOrderQuantity: 2, leadTimeDays: 1 },
      { material: 'astral-cpvc-elbow-90-three-quarter-inch', stockQuantity: 3000, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'ashirvad-cpvc-tee-half-inch', stockQuantity: 2500, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'astral-cpvc-brass-fta-half-inch', pricePaise: 7100, stockQuantity: 800, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'sintex-triple-layer-water-tank-1000l', pricePaise: 625000, stockQuantity: 18, minOrderQuantity: 1, leadTimeDays: 2 },
      { material: 'supreme-triple-layer-water-tank-500l', pricePaise: 339000, stockQuantity: 12, minOrderQuantity: 1, leadTimeDays: 2 },
      // Hardware counter
      { material: 'pvc-rigid-conduit-20mm-mms-3m', pricePaise: 5400, stockQuantity: 400, minOrderQuantity: 10, leadTimeDays: 1 },
      // Cement for tile bedding
      { material: 'ultratech-ppc-cement-50kg', pricePaise: 37000, stockQuantity: 500, minOrderQuantity: 5, leadTimeDays: 0 },
      { material: 'ultratech-opc-43-cement-50kg', stockQuantity: 300, minOrderQuantity: 5, leadTimeDays: 0 },
    ],
    laborOffers: [
      { laborCategory: 'tile-setter', workersAvailable: 8 },
      { laborCategory: 'plumber', workersAvailable: 5, dailyRatePaise: 110000 },
      { laborCategory: 'helper-mazdoor', workersAvailable: 6 },
    ],
  },
  {
    vendorId: '6f1f5a3e-2c0b-4c8e-9a51-1d1c9e6b7a03',
    name: 'Modern Electricals & Paints',
    inventory: [
      // Electrical
      { material: 'havells-lifeline-plus-s3-hrfr-1-5sqmm-90m', pricePaise: 171000, stockQuantity: 260, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'havells-lifeline-plus-s3-hrfr-4sqmm-90m', stockQuantity: 60, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'polycab-frlsh-2-5sqmm-90m', stockQuantity: 180, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'finolex-fr-1-0sqmm-90m', pricePaise: 121000, stockQuantity: 120, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'polycab-frlsh-6sqmm-90m', stockQuantity: 40, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'legrand-myrius-6a-one-way-switch', stockQuantity: 1800, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'anchor-roma-6a-one-way-switch', pricePaise: 3050, stockQuantity: 3000, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'anchor-roma-16a-socket', stockQuantity: 900, minOrderQuantity: 5, leadTimeDays: 0 },
      { material: 'havells-16a-sp-c-curve-mcb', stockQuantity: 400, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'legrand-dx3-32a-dp-c-curve-mcb', pricePaise: 95000, stockQuantity: 80, minOrderQuantity: 1, leadTimeDays: 2 },
      { material: 'pvc-rigid-conduit-20mm-mms-3m', stockQuantity: 1500, minOrderQuantity: 10, leadTimeDays: 0 },
      { material: 'pvc-rigid-conduit-25mm-hms-3m', pricePaise: 8500, stockQuantity: 600, minOrderQuantity: 10, leadTimeDays: 1 },
      // Paint
      { material: 'asian-paints-tractor-emulsion-20l', stockQuantity: 120, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'asian-paints-apcolite-premium-emulsion-20l', pricePaise: 565000, stockQuantity: 60, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'nerolac-beauty-smooth-finish-20l', pricePaise: 441000, stockQuantity: 50, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'asian-paints-apex-ultima-20l', stockQuantity: 45, minOrderQuantity: 1, leadTimeDays: 1 },
      { material: 'berger-weathercoat-long-life-20l', pricePaise: 815000, stockQuantity: 40, minOrderQuantity: 1, leadTimeDays: 2 },
      { material: 'nerolac-excel-total-20l', stockQuantity: 35, minOrderQuantity: 1, leadTimeDays: 2 },
      { material: 'asian-paints-exterior-wall-primer-20l', stockQuantity: 70, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'asian-paints-trucare-interior-wall-primer-20l', stockQuantity: 90, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'asian-paints-red-oxide-metal-primer', stockQuantity: 250, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'asian-paints-apcolite-premium-gloss-enamel', stockQuantity: 300, minOrderQuantity: 1, leadTimeDays: 0 },
      { material: 'birla-white-wallcare-putty-40kg', pricePaise: 86500, stockQuantity: 400, minOrderQuantity: 2, leadTimeDays: 0 },
      { material: 'jk-wallmaxx-putty-40kg', stockQuantity: 250, minOrderQuantity: 2, leadTimeDays: 1 },
      // Hardware counter
      { material: 'astral-cpvc-pro-half-inch-sdr11-3m', pricePaise: 25500, stockQuantity: 200, minOrderQuantity: 2, leadTimeDays: 0 },
    ],
    laborOffers: [
      { laborCategory: 'electrician', workersAvailable: 6 },
      { laborCategory: 'painter', workersAvailable: 14, dailyRatePaise: 90000 },
      { laborCategory: 'pop-false-ceiling-worker', workersAvailable: 4 },
    ],
  },
];
