/**
 * Names of synthetic entities, in Chinese with an English rendering. Enterprise, platform and
 * project names are unique (a seeded bijection onto the combinations of their parts, numbered
 * once the combinations run out); people's names repeat, as real ones do.
 */
import { hashString, type Random } from './random.js';

/** A Chinese word and its English rendering (pinyin for proper names). */
type Word = readonly [zh: string, en: string];

/** Places enterprises are named after. */
const PLACES: readonly Word[] = [
  ['渝', 'Yu'], ['蓉', 'Rong'], ['两江', 'Liangjiang'], ['天府', 'Tianfu'], ['巴蜀', 'Bashu'], ['川渝', 'Chuanyu'],
  ['锦城', 'Jincheng'], ['嘉陵', 'Jialing'], ['山城', 'Shancheng'], ['西部', 'Xibu'], ['双城', 'Shuangcheng'],
  ['长江', 'Changjiang'], ['璧山', 'Bishan'], ['江北', 'Jiangbei'], ['渝北', 'Yubei'], ['北碚', 'Beibei'], ['双流', 'Shuangliu'],
  ['新津', 'Xinjin'], ['龙泉', 'Longquan'], ['华阳', 'Huayang'],
];

// The two syllables of a trade name (字号). No pinyin of the first list is a prefix of another one,
// so two trade names that differ in Chinese differ in English too.
const BRAND_FIRST: readonly Word[] = [
  ['智', 'Zhi'], ['华', 'Hua'], ['云', 'Yun'], ['联', 'Lian'], ['创', 'Chuang'], ['乐', 'Le'], ['达', 'Da'], ['博', 'Bo'],
  ['恒', 'Heng'], ['瑞', 'Rui'], ['思', 'Si'], ['腾', 'Teng'], ['鼎', 'Ding'], ['宏', 'Hong'], ['卓', 'Zhuo'], ['新', 'Xin'],
  ['海', 'Hai'], ['天', 'Tian'], ['众', 'Zhong'], ['远', 'Yuan'], ['领', 'Ling'], ['易', 'Yi'], ['盛', 'Sheng'],
  ['泰', 'Tai'], ['嘉', 'Jia'], ['安', 'An'], ['康', 'Kang'], ['明', 'Ming'], ['润', 'Run'], ['峰', 'Feng'],
];
const BRAND_SECOND: readonly Word[] = [
  ['科', 'ke'], ['数', 'shu'], ['源', 'yuan'], ['图', 'tu'], ['芯', 'xin'], ['捷', 'jie'], ['通', 'tong'], ['航', 'hang'],
  ['微', 'wei'], ['驰', 'chi'], ['晟', 'sheng'], ['拓', 'tuo'], ['辰', 'chen'], ['煜', 'yu'], ['锐', 'rui'], ['弘', 'hong'],
  ['凯', 'kai'], ['启', 'qi'], ['融', 'rong'], ['翼', 'yi'], ['德', 'de'], ['邦', 'bang'], ['朗', 'lang'], ['丰', 'feng'],
  ['力', 'li'], ['诺', 'nuo'], ['森', 'sen'], ['迅', 'xun'], ['衡', 'heng'], ['策', 'ce'],
];

/** What an enterprise does: the word in its name, in English, and its businessType. */
const SECTORS: readonly (readonly [zh: string, en: string, businessType: string])[] = [
  ['科技', 'Technology', '科技研发'],
  ['电子', 'Electronics', '电子制造'],
  ['智能装备', 'Intelligent Equipment', '装备制造'],
  ['生物科技', 'Biotechnology', '生物医药研发'],
  ['新材料', 'New Materials', '新材料生产'],
  ['物流', 'Logistics', '物流服务'],
  ['数据服务', 'Data Services', '数据服务'],
  ['软件', 'Software', '软件开发'],
  ['汽车零部件', 'Auto Parts', '汽车零部件制造'],
  ['医疗器械', 'Medical Devices', '医疗器械生产'],
  ['能源', 'Energy', '能源开发'],
  ['文化传媒', 'Culture and Media', '文化传媒'],
  ['网络科技', 'Network Technology', '互联网服务'],
  ['环保科技', 'Environmental Technology', '环保服务'],
  ['供应链管理', 'Supply Chain Management', '供应链服务'],
];
const COMPANY_FORMS: readonly Word[] = [
  ['有限公司', 'Co., Ltd.'], ['股份有限公司', 'Corporation'], ['集团有限公司', 'Group Co., Ltd.'],
];

export type Side = 'liangjiang' | 'tianfu';

/** Districts platforms and projects are named after, each on one side of the cooperation. */
const DISTRICTS: readonly (readonly [zh: string, en: string, side: Side])[] = [
  ['璧山', 'Bishan', 'liangjiang'], ['江北', 'Jiangbei', 'liangjiang'], ['渝北', 'Yubei', 'liangjiang'],
  ['北碚', 'Beibei', 'liangjiang'], ['巴南', 'Banan', 'liangjiang'], ['九龙坡', 'Jiulongpo', 'liangjiang'],
  ['沙坪坝', 'Shapingba', 'liangjiang'], ['南岸', "Nan'an", 'liangjiang'], ['礼嘉', 'Lijia', 'liangjiang'],
  ['悦来', 'Yuelai', 'liangjiang'], ['双流', 'Shuangliu', 'tianfu'], ['新津', 'Xinjin', 'tianfu'],
  ['龙泉', 'Longquan', 'tianfu'], ['华阳', 'Huayang', 'tianfu'], ['郫都', 'Pidu', 'tianfu'], ['温江', 'Wenjiang', 'tianfu'],
  ['新都', 'Xindu', 'tianfu'], ['金堂', 'Jintang', 'tianfu'], ['兴隆', 'Xinglong', 'tianfu'],
  ['正兴', 'Zhengxing', 'tianfu'],
];

/** The field a platform or project is about. */
const THEMES: readonly Word[] = [
  ['智能制造', 'Intelligent Manufacturing'], ['数字经济', 'Digital Economy'], ['生物医药', 'Biomedicine'], ['新能源', 'New Energy'],
  ['软件信息', 'Software and Information'], ['大数据', 'Big Data'], ['电子信息', 'Electronic Information'],
  ['新材料', 'New Materials'], ['航空航天', 'Aerospace'], ['现代物流', 'Modern Logistics'], ['金融科技', 'Fintech'],
  ['文化创意', 'Creative Industries'], ['节能环保', 'Green Technology'], ['汽车', 'Automotive'],
  ['人工智能', 'Artificial Intelligence'], ['物联网', 'Internet of Things'], ['集成电路', 'Integrated Circuit'],
  ['高端装备', 'High-end Equipment'], ['医疗器械', 'Medical Device'], ['区块链', 'Blockchain'],
  ['检验检测', 'Testing and Certification'], ['跨境电商', 'Cross-border E-commerce'], ['工业设计', 'Industrial Design'],
  ['现代农业', 'Modern Agriculture'], ['总部经济', 'Headquarters Economy'],
];

/** Kinds of synthetic platform: the word in the name, in English, and the Platform kind. */
const PLATFORM_KINDS: readonly (readonly [zh: string, en: string, kind: string])[] = [
  ['产业园', 'Industrial Park', 'INDUSTRIAL_PARK'],
  ['科技园', 'Science and Technology Park', 'INDUSTRIAL_PARK'],
  ['孵化器', 'Incubator', 'INCUBATOR'],
  ['众创空间', 'Maker Space', 'INCUBATOR'],
  ['智慧园', 'Smart Park', 'SMART_PARK'],
];

/** Kinds of synthetic project: the words in the name, in English, and the Project kind. */
const PROJECT_KINDS: readonly (readonly [zh: string, en: string, kind: string])[] = [
  ['协同创新中心', 'Collaborative Innovation Center', 'FACILITY'],
  ['产业联盟', 'Industry Alliance', 'ALLIANCE'],
  ['公共服务平台建设', 'Public Service Platform Project', 'SERVICE'],
  ['联合攻关计划', 'Joint Research Program', 'RESEARCH'],
  ['示范工程', 'Demonstration Program', 'PROGRAM'],
  ['发展规划', 'Development Plan', 'PLAN'],
  ['配套基础设施', 'Supporting Infrastructure', 'INFRASTRUCTURE'],
];

/** Industries beside the curated ones, with their Industry kind. */
export const SYNTHETIC_INDUSTRIES: readonly (readonly [zh: string, en: string, kind: string])[] = [
  ['新能源汽车', 'New Energy Vehicles', 'INDUSTRY'],
  ['智能网联汽车', 'Intelligent Connected Vehicles', 'INDUSTRY'],
  ['集成电路', 'Integrated Circuits', 'INDUSTRY'],
  ['新型显示', 'New Display', 'INDUSTRY'],
  ['智能终端', 'Smart Devices', 'INDUSTRY'],
  ['软件和信息服务', 'Software and Information Services', 'INDUSTRY'],
  ['云计算', 'Cloud Computing', 'TECHNOLOGY'],
  ['物联网', 'Internet of Things', 'TECHNOLOGY'],
  ['网络安全', 'Cybersecurity', 'INDUSTRY'],
  ['工业软件', 'Industrial Software', 'INDUSTRY'],
  ['机器人', 'Robotics', 'INDUSTRY'],
  ['智能制造装备', 'Intelligent Manufacturing Equipment', 'INDUSTRY'],
  ['航空航天', 'Aerospace', 'INDUSTRY'],
  ['轨道交通装备', 'Rail Transit Equipment', 'INDUSTRY'],
  ['新材料', 'New Materials', 'INDUSTRY'],
  ['新能源', 'New Energy', 'INDUSTRY'],
  ['储能', 'Energy Storage', 'INDUSTRY'],
  ['氢能', 'Hydrogen Energy', 'INDUSTRY'],
  ['节能环保', 'Energy Saving and Environmental Protection', 'INDUSTRY'],
  ['医疗器械', 'Medical Devices', 'INDUSTRY'],
  ['创新药', 'Innovative Drugs', 'INDUSTRY'],
  ['中医药', 'Traditional Chinese Medicine', 'INDUSTRY'],
  ['健康服务', 'Health Services', 'INDUSTRY'],
  ['现代农业', 'Modern Agriculture', 'INDUSTRY'],
  ['食品加工', 'Food Processing', 'INDUSTRY'],
  ['绿色建筑', 'Green Building', 'INDUSTRY'],
  ['文化创意', 'Cultural and Creative Industries', 'INDUSTRY'],
  ['数字文娱', 'Digital Entertainment', 'INDUSTRY'],
  ['电子商务', 'E-commerce', 'INDUSTRY'],
  ['跨境电商', 'Cross-border E-commerce', 'INDUSTRY'],
  ['金融科技', 'Fintech', 'INDUSTRY'],
  ['供应链金融', 'Supply Chain Finance', 'INDUSTRY'],
  ['冷链物流', 'Cold Chain Logistics', 'INDUSTRY'],
  ['检验检测', 'Testing and Certification', 'INDUSTRY'],
  ['工业设计', 'Industrial Design', 'INDUSTRY'],
  ['人力资源服务', 'Human Resources Services', 'INDUSTRY'],
  ['法律服务', 'Legal Services', 'INDUSTRY'],
  ['旅游', 'Tourism', 'INDUSTRY'],
  ['教育培训', 'Education and Training', 'INDUSTRY'],
  ['智慧城市', 'Smart City', 'INDUSTRY'],
  ['卫星导航', 'Satellite Navigation', 'INDUSTRY'],
  ['虚拟现实', 'Virtual Reality', 'TECHNOLOGY'],
  ['量子信息', 'Quantum Information', 'TECHNOLOGY'],
  ['生物育种', 'Biological Breeding', 'INDUSTRY'],
  ['光伏', 'Photovoltaics', 'INDUSTRY'],
  ['动力电池', 'Power Batteries', 'INDUSTRY'],
  ['半导体材料', 'Semiconductor Materials', 'INDUSTRY'],
  ['智能家居', 'Smart Home', 'INDUSTRY'],
  ['无人机', 'Drones', 'INDUSTRY'],
  ['会计服务', 'Accounting Services', 'INDUSTRY'],
];

const SURNAMES: readonly Word[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'],
  ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'], ['胡', 'Hu'],
  ['郭', 'Guo'], ['何', 'He'], ['林', 'Lin'], ['罗', 'Luo'], ['高', 'Gao'], ['郑', 'Zheng'], ['梁', 'Liang'], ['谢', 'Xie'],
  ['宋', 'Song'], ['唐', 'Tang'], ['许', 'Xu'], ['邓', 'Deng'], ['冯', 'Feng'], ['韩', 'Han'], ['曹', 'Cao'],
];
const GIVEN_NAMES: readonly Word[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'],
  ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'], ['玉', 'yu'],
  ['建', 'jian'], ['文', 'wen'], ['红', 'hong'], ['志', 'zhi'], ['海', 'hai'], ['晓', 'xiao'], ['春', 'chun'], ['雪', 'xue'],
  ['林', 'lin'], ['斌', 'bin'], ['宇', 'yu'], ['欣', 'xin'], ['婷', 'ting'], ['浩', 'hao'], ['鹏', 'peng'], ['佳', 'jia'],
];

export interface Name {
  name: string;
  nameEn: string;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * A bijection of 0..size-1 onto itself, different for every seed: index × step + offset modulo
 * size, with step coprime to size.
 */
function scramble(index: number, size: number, seed: number): number {
  let step = Math.floor(size * 0.6180339887) + (seed % 97) + 1;
  while (gcd(step, size) !== 1) step++;
  return (index * step + (seed % size)) % size;
}

/** The digits of `value` in a mixed radix, least significant first. */
function digits(value: number, radices: readonly number[]): number[] {
  return radices.map((radix) => {
    const digit = value % radix;
    value = Math.floor(value / radix);
    return digit;
  });
}

/**
 * The index-th distinct combination of one word from each list (in a seeded order), and from
 * the second round of combinations on, a number after it. Each kind of name (`what`) has its own order.
 */
function combination(
  index: number,
  seed: number,
  what: string,
  lists: readonly (readonly unknown[])[],
): { picks: number[]; round: number } {
  const size = lists.reduce((product, list) => product * list.length, 1);
  const order = (seed ^ hashString(what)) >>> 0;
  return {
    picks: digits(
      scramble(index % size, size, order),
      lists.map((list) => list.length),
    ),
    round: Math.floor(index / size),
  };
}

const numbered = (name: Name, round: number): Name =>
  round === 0 ? name : { name: `${name.name}(${round + 1})`, nameEn: `${name.nameEn} (${round + 1})` };

export interface EnterpriseName extends Name {
  businessType: string;
}

export function enterpriseName(index: number, seed: number): EnterpriseName {
  const { picks, round } = combination(index, seed, 'enterprise', [PLACES, BRAND_FIRST, BRAND_SECOND, SECTORS, COMPANY_FORMS]);
  const [place, first, second, sector, form] = [
    PLACES[picks[0]!]!,
    BRAND_FIRST[picks[1]!]!,
    BRAND_SECOND[picks[2]!]!,
    SECTORS[picks[3]!]!,
    COMPANY_FORMS[picks[4]!]!,
  ];
  const name = numbered(
    {
      name: `${place[0]}${first[0]}${second[0]}${sector[0]}${form[0]}`,
      nameEn: `${place[1]} ${first[1]}${second[1]} ${sector[1]} ${form[1]}`,
    },
    round,
  );
  return { ...name, businessType: sector[2] };
}

export interface PlaceName extends Name {
  kind: string;
  side: Side;
}

export function platformName(index: number, seed: number): PlaceName {
  const { picks, round } = combination(index, seed, 'platform', [DISTRICTS, THEMES, PLATFORM_KINDS]);
  const [district, theme, kind] = [DISTRICTS[picks[0]!]!, THEMES[picks[1]!]!, PLATFORM_KINDS[picks[2]!]!];
  const name = numbered({ name: `${district[0]}${theme[0]}${kind[0]}`, nameEn: `${district[1]} ${theme[1]} ${kind[1]}` }, round);
  return { ...name, kind: kind[2], side: district[2] };
}

export function projectName(index: number, seed: number): PlaceName {
  const { picks, round } = combination(index, seed, 'project', [DISTRICTS, THEMES, PROJECT_KINDS]);
  const [district, theme, kind] = [DISTRICTS[picks[0]!]!, THEMES[picks[1]!]!, PROJECT_KINDS[picks[2]!]!];
  const name = numbered({ name: `${district[0]}${theme[0]}${kind[0]}`, nameEn: `${district[1]} ${theme[1]} ${kind[1]}` }, round);
  return { ...name, kind: kind[2], side: district[2] };
}

/** A person's name: a surname and one or two given-name characters; never one of `taken`. */
export function personName(random: Random, taken: ReadonlySet<string>): Name {
  for (;;) {
    const surname = random.pick(SURNAMES);
    const given = random.chance(0.7) ? [random.pick(GIVEN_NAMES), random.pick(GIVEN_NAMES)] : [random.pick(GIVEN_NAMES)];
    const name = surname[0] + given.map((g) => g[0]).join('');
    if (taken.has(name)) continue;
    const givenEn = given.map((g) => g[1]).join('');
    return { name, nameEn: `${surname[1]} ${givenEn[0]!.toUpperCase()}${givenEn.slice(1)}` };
  }
}
