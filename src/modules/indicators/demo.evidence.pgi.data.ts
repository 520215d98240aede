// Written once from ../shared/data/vn/pci_pgi_2020_2024_published_refs/pci_pgi_published_values.csv, a partial table
// the team transcribed from VCCI's pages (pcivietnam.vn) and the press, one number a line with its address; edit by
// hand only to correct a fact. PGI (Provincial Green Index, VCCI & USAID) publishes no machine-readable table, so the
// demo carries only these provinces: Hải Dương 2022–2024 (sub-indices, score, rank), the Red River Delta scores of
// 2023–2024 from the comparison table on Hải Dương's page, TP HCM 2023 (sub-indices and rank 5; its score is not
// printed, so none is stored), and the 2022 pilot's first (Trà Vinh) and last (Hà Nội). Ranks are VCCI's, among the 63,
// as printed; a province whose rank is not printed has none. Sub-indices mapped to core/indices/pgi.ts:
// climate-hazard risk → pollution-mitigation, minimum environmental standards → environmental-compliance,
// environmental leadership → green-leadership, incentives and support → green-business-support.
import type { PgiCarried } from './demo.evidence';

export const PGI_CARRIED: PgiCarried = {
  file: 'pci_pgi_published_values.csv',
  sha256: '89e48a3d3178f8a419b6243f2ec90c187a5be300696bfd35e8d275625e99a082',
  rows: [
    {year:2022,code:'01',dimensions:{},score:12.52,source:'https://www.multiresearchjournal.com/arclist/list-2024.4.2/id-2583',rank:63},
    {year:2022,code:'30',dimensions:{'pollution-mitigation':4.61,'environmental-compliance':4.61,'green-leadership':5.15,'green-business-support':2.13},score:16.53,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong',rank:6},
    {year:2022,code:'84',dimensions:{},score:17.67,source:'https://www.multiresearchjournal.com/arclist/list-2024.4.2/id-2583',rank:1},
    {year:2023,code:'01',dimensions:{},score:21.95,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'22',dimensions:{},score:26,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'26',dimensions:{},score:22.28,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'27',dimensions:{},score:22.53,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'30',dimensions:{'pollution-mitigation':7.43,'environmental-compliance':5.85,'green-leadership':3.83,'green-business-support':5.23},score:22.34,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong',rank:25},
    {year:2023,code:'31',dimensions:{},score:23.72,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'33',dimensions:{},score:24.59,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'34',dimensions:{},score:22.56,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'35',dimensions:{},score:23.47,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2023,code:'79',dimensions:{'pollution-mitigation':7.49,'environmental-compliance':6.37,'green-leadership':5.92,'green-business-support':4.43},score:null,source:'https://en.sggp.org.vn/hcmc-stands-top-five-in-pgi-2023-ranking-post109839.html',rank:5},
    {year:2024,code:'01',dimensions:{},score:26.63,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'22',dimensions:{},score:26.21,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'26',dimensions:{},score:25.94,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'27',dimensions:{},score:27.78,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'30',dimensions:{'pollution-mitigation':7.65,'environmental-compliance':7.58,'green-leadership':4.99,'green-business-support':6.11},score:26.34,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong',rank:13},
    {year:2024,code:'31',dimensions:{},score:29,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'33',dimensions:{},score:26.06,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'34',dimensions:{},score:26.64,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'35',dimensions:{},score:28.04,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'36',dimensions:{},score:27.11,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
    {year:2024,code:'37',dimensions:{},score:26.13,source:'https://pcivietnam.vn/en/pgi/provinces/hai-duong'},
  ],
};
