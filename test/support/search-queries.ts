/**
 * Queries people type, each with the entity they mean, written from the curated graph
 * (data/graph): short forms, variants, pinyin, initials, English, typos, traditional
 * characters, partial names. test/integration/search-queries.test.ts runs them through search.
 */
export interface SearchQueryCase {
  text: string;
  expected: string;
  /** What kind of writing it tries. */
  kind: 'short form' | 'variant' | 'traditional' | 'pinyin' | 'initials' | 'english' | 'typo' | 'partial' | 'as written';
}

export const SEARCH_QUERIES: readonly SearchQueryCase[] = [
  // Short forms: characters of a long official name left out.
  { text: '重庆博览中心', expected: 'platform:chongqing-international-expo-center', kind: 'short form' },
  { text: '西部博览城', expected: 'platform:western-china-international-expo-city', kind: 'short form' },
  { text: '天府会议中心', expected: 'platform:tianfu-international-conference-center', kind: 'short form' },
  { text: '天府商会', expected: 'organization:tianfu-chamber-of-commerce', kind: 'short form' },
  { text: '两江集团', expected: 'enterprise:liangjiang-industry-group', kind: 'short form' },
  { text: '两江管委会', expected: 'organization:liangjiang-management-committee', kind: 'short form' },
  { text: '天府成都管委会', expected: 'organization:tianfu-chengdu-management-committee', kind: 'short form' },
  { text: '两江数字产业园', expected: 'platform:liangjiang-digital-economy-industrial-park', kind: 'short form' },
  { text: '两江创新区', expected: 'platform:liangjiang-collaborative-innovation-zone', kind: 'short form' },
  { text: '天府监管局', expected: 'organization:tianfu-market-supervision-bureau', kind: 'short form' },
  { text: '天府政务中心', expected: 'organization:tianfu-government-service-center', kind: 'short form' },
  { text: '两江合作产业园', expected: 'platform:liangjiang-international-cooperation-industrial-park', kind: 'short form' },
  { text: '天府商务区', expected: 'platform:tianfu-headquarters-business-district', kind: 'short form' },
  { text: '多式联运中心', expected: 'platform:land-sea-corridor-multimodal-operation-center', kind: 'short form' },
  { text: '重大项目清单', expected: 'project:major-industrial-project-list', kind: 'short form' },
  { text: '重大经管学院', expected: 'organization:cqu-school-of-economics-and-business-administration', kind: 'short form' },
  { text: '工商大学经济学院', expected: 'organization:ctbu-school-of-economics', kind: 'short form' },
  { text: '成渝高铁', expected: 'project:chengyu-middle-line-hsr-chongqing-north', kind: 'short form' },
  { text: '天府代表团', expected: 'organization:tianfu-delegation', kind: 'short form' },
  { text: '数字经济试验区', expected: 'platform:national-digital-economy-innovation-pilot-zone', kind: 'short form' },
  { text: '人工智能试验区', expected: 'platform:national-ai-innovation-pilot-zone', kind: 'short form' },
  { text: '海外人才基地', expected: 'platform:overseas-talent-offshore-innovation-base', kind: 'short form' },
  { text: '漫客成都总部', expected: 'project:mankespace-chengdu-hq', kind: 'short form' },
  // Variants: a word written longer or shorter, a province or city prefix.
  { text: '猪八戒网络', expected: 'enterprise:zhubajie', kind: 'variant' },
  { text: '两江产业集团公司', expected: 'enterprise:liangjiang-industry-group', kind: 'variant' },
  { text: '两江新区管理委员会', expected: 'organization:liangjiang-management-committee', kind: 'variant' },
  { text: '两江国家级新区', expected: 'new-area:liangjiang', kind: 'variant' },
  { text: '重庆市两江新区', expected: 'new-area:liangjiang', kind: 'variant' },
  { text: '四川省天府新区', expected: 'new-area:tianfu', kind: 'variant' },
  { text: '重庆果园港', expected: 'platform:guoyuan-port', kind: 'variant' },
  { text: '成都天府机场', expected: 'platform:tianfu-airport', kind: 'variant' },
  { text: '保税物流中心（B型）', expected: 'platform:bonded-logistics-center-b', kind: 'variant' },
  { text: '保税物流中心B型', expected: 'platform:bonded-logistics-center-b', kind: 'variant' },
  { text: '一城多园模式', expected: 'policy:one-city-multiple-parks', kind: 'variant' },
  // Traditional characters.
  { text: '兩江新區', expected: 'new-area:liangjiang', kind: 'traditional' },
  { text: '重慶國際博覽中心', expected: 'platform:chongqing-international-expo-center', kind: 'traditional' },
  { text: '天府國際會議中心', expected: 'platform:tianfu-international-conference-center', kind: 'traditional' },
  { text: '豬八戒網', expected: 'enterprise:zhubajie', kind: 'traditional' },
  { text: '雲從科技', expected: 'enterprise:cloudwalk', kind: 'traditional' },
  { text: '禮嘉智慧公園', expected: 'platform:lijia-smart-park', kind: 'traditional' },
  // Pinyin, with or without spaces and tones.
  { text: 'zhubajie', expected: 'enterprise:zhubajie', kind: 'pinyin' },
  { text: 'zhu ba jie', expected: 'enterprise:zhubajie', kind: 'pinyin' },
  { text: 'zhūbājiè', expected: 'enterprise:zhubajie', kind: 'pinyin' },
  { text: 'liangjiangxinqu', expected: 'new-area:liangjiang', kind: 'pinyin' },
  { text: 'liǎng jiāng xīn qū', expected: 'new-area:liangjiang', kind: 'pinyin' },
  { text: 'tianfuxinqu', expected: 'new-area:tianfu', kind: 'pinyin' },
  { text: 'guoyuangang', expected: 'platform:guoyuan-port', kind: 'pinyin' },
  { text: 'yuncongkeji', expected: 'enterprise:cloudwalk', kind: 'pinyin' },
  { text: 'mankekongjian', expected: 'enterprise:mankespace', kind: 'pinyin' },
  { text: 'ershixiong', expected: 'person:zhu-mingyue', kind: 'pinyin' },
  { text: 'wangzhijie', expected: 'person:wang-zhijie', kind: 'pinyin' },
  { text: 'chongqingguojibolanzhongxin', expected: 'platform:chongqing-international-expo-center', kind: 'pinyin' },
  { text: 'baoshuigang', expected: 'platform:bonded-port', kind: 'pinyin' },
  // Initials.
  { text: 'zbj', expected: 'enterprise:zhubajie', kind: 'initials' },
  { text: 'ljxq', expected: 'new-area:liangjiang', kind: 'initials' },
  { text: 'tfxq', expected: 'new-area:tianfu', kind: 'initials' },
  { text: 'cqgjblzx', expected: 'platform:chongqing-international-expo-center', kind: 'initials' },
  { text: 'gyg', expected: 'platform:guoyuan-port', kind: 'initials' },
  { text: 'ljcyjt', expected: 'enterprise:liangjiang-industry-group', kind: 'initials' },
  { text: 'tfjc', expected: 'platform:tianfu-airport', kind: 'initials' },
  { text: 'ljzhgy', expected: 'platform:lijia-smart-park', kind: 'initials' },
  // English, as written or in part.
  { text: 'Chongqing Expo Center', expected: 'platform:chongqing-international-expo-center', kind: 'english' },
  { text: 'Tianfu conference center', expected: 'platform:tianfu-international-conference-center', kind: 'english' },
  { text: 'Guoyuan Port', expected: 'platform:guoyuan-port', kind: 'english' },
  { text: 'CloudWalk', expected: 'enterprise:cloudwalk', kind: 'english' },
  { text: 'Chengdu Science City', expected: 'platform:chengdu-science-city', kind: 'english' },
  { text: 'Liangjiang Industry Group', expected: 'enterprise:liangjiang-industry-group', kind: 'english' },
  { text: 'Chongqing University', expected: 'organization:chongqing-university', kind: 'english' },
  // Typos in English.
  { text: 'Chongqing Expo Centre', expected: 'platform:chongqing-international-expo-center', kind: 'typo' },
  { text: 'Tianfou New Area', expected: 'new-area:tianfu', kind: 'typo' },
  { text: 'Liangjang New Area', expected: 'new-area:liangjiang', kind: 'typo' },
  { text: 'Guoyaun Port', expected: 'platform:guoyuan-port', kind: 'typo' },
  { text: 'Cloudwak Technology', expected: 'enterprise:cloudwalk', kind: 'typo' },
  { text: 'Zhubajei', expected: 'enterprise:zhubajie', kind: 'typo' },
  { text: 'Chengdu Sceince City', expected: 'platform:chengdu-science-city', kind: 'typo' },
  // Partial: characters of the name, not all of the query in it.
  { text: '西部(成都)科学城', expected: 'platform:chengdu-science-city', kind: 'partial' },
  { text: '重庆博览会中心', expected: 'platform:chongqing-international-expo-center', kind: 'partial' },
  { text: '果园港口', expected: 'platform:guoyuan-port', kind: 'partial' },
  // As written.
  { text: '港', expected: 'platform:bonded-port', kind: 'as written' },
  { text: '二师兄', expected: 'person:zhu-mingyue', kind: 'as written' },
  { text: 'ZBJ', expected: 'enterprise:zhubajie', kind: 'as written' },
];
