/**
 * Vocabulary of the synthetic 嵊州: names, roads, employers, banks. All combinations are made up;
 * a real person, firm or account matching one would be a coincidence.
 */
import { Random, WeightedTable } from './random.js';

export type Sex = 'MALE' | 'FEMALE';

/**
 * Surnames by rough share (per mille). National frequencies, tilted towards eastern Zhejiang:
 * 陈/吴/周/俞/钱/金/沈 are common here, 刘/李 less so, and 裘、竺、尹、邢、袁、商、求、楼 are
 * characteristically 嵊州.
 */
export const SURNAMES = new WeightedTable<string>(
  Object.entries({
    王: 62, 陈: 48, 张: 42, 李: 34, 吴: 30, 周: 30, 钱: 22, 俞: 22, 裘: 20, 徐: 20, 金: 18, 马: 17,
    袁: 16, 黄: 16, 赵: 15, 胡: 16, 朱: 15, 刘: 15, 杨: 15, 沈: 13, 竺: 12, 邢: 11, 尹: 11, 郑: 11,
    孙: 10, 何: 10, 林: 10, 商: 8, 楼: 8, 丁: 8, 吕: 8, 姚: 8, 章: 8, 叶: 8, 蒋: 8, 魏: 7, 求: 7,
    高: 7, 郭: 6, 宋: 6, 许: 7, 董: 6, 潘: 6, 方: 6, 唐: 6, 谢: 6, 梁: 5, 罗: 5, 冯: 5, 曹: 5,
    蔡: 5, 余: 5, 陆: 5, 汪: 5, 范: 5, 石: 4, 应: 4, 邵: 4, 严: 4, 毛: 4, 夏: 4, 杜: 4, 程: 4,
    苏: 4, 姜: 4, 卢: 4, 韩: 4, 钟: 4, 屠: 3, 葛: 3, 施: 3, 史: 3, 喻: 3, 任: 3, 彭: 3, 曾: 3,
    邹: 3, 田: 3, 肖: 3, 邓: 3, 单: 2, 孔: 2, 鲁: 2, 过: 2, 斯: 2, 崔: 2, 贾: 2, 谭: 2, 于: 2,
  }),
);

/** Given-name characters by generation: names follow fashions (e.g. 建国/卫东 are period names). */
interface NameStyle {
  first: string;
  second: string;
  /** Share of one-character given names. */
  single: number;
  singles: string;
  /** Whole names so common they deserve their own weight (秀英、建国…). */
  classics: string[];
}

const STYLES: Record<'old' | 'postwar' | 'sixties' | 'reform' | 'young', Record<Sex, NameStyle>> = {
  old: {
    MALE: {
      first: '金银根水土福贵荣炳宝德文仁义志兴祥如茂锦松顺长庆永友仲伯其孝阿',
      second: '根生水林荣福法泉发堂宝才财昌元海龙良祥土炎传明华甫夫康成标',
      single: 0.03, singles: '根福荣炳富', classics: ['阿毛', '金根', '水根', '根土', '福生', '荣法'],
    },
    FEMALE: {
      first: '秀桂月玉彩金银凤菊兰素美小阿杏雪爱梅翠宝巧招',
      second: '英娥花珍仙娣妹凤兰琴芬香宝娟莲囡云蓉姑',
      single: 0.02, singles: '英珍兰', classics: ['秀英', '桂英', '秀珍', '桂芳', '月娥', '阿囡'],
    },
  },
  postwar: {
    MALE: {
      first: '建国卫志永新伟胜跃光红明文德立学长海金炳荣铁春定忠',
      second: '国华平军强民明林良生荣伟忠龙兴庆康东成刚法富根',
      single: 0.05, singles: '伟军强明华', classics: ['建国', '国强', '卫国', '建华', '国平', '志刚', '建军', '国庆', '胜利', '跃进'],
    },
    FEMALE: {
      first: '秀桂美红丽玉月素彩爱小雪亚珍国建春菊巧凤惠幼',
      second: '英芳娟珍华琴萍兰仙娣凤娥花芬红霞玲莉妹',
      single: 0.04, singles: '萍英琴红', classics: ['秀英', '桂芳', '美娟', '秀珍', '美华', '红英', '建英', '雪娟'],
    },
  },
  sixties: {
    MALE: {
      first: '卫红建伟海立志国晓永文小军向继宏振剑春新德',
      second: '东军兵平峰锋斌明华强伟勇刚杰林荣涛江波良忠',
      single: 0.18, singles: '伟军勇斌峰杰强刚涛波', classics: ['卫东', '红卫', '建军', '海军', '伟民'],
    },
    FEMALE: {
      first: '红丽美晓海小秀雪利春亚惠素燕月文卫建玲',
      second: '娟芳萍燕霞琴红英丽华花芬飞静敏玲君青珍',
      single: 0.18, singles: '萍燕静敏红芳霞琴丽英', classics: ['美娟', '丽娟', '海燕', '红梅', '卫红'],
    },
  },
  reform: {
    MALE: {
      first: '晓建伟俊海立佳志宇明文一浩永国小杰鹏振剑家少洪',
      second: '伟峰杰涛斌磊军强明超波辉鹏华飞俊龙宇浩锋亮勇',
      single: 0.2, singles: '伟杰磊涛斌超鹏辉浩亮', classics: [],
    },
    FEMALE: {
      first: '晓丽佳美海雪小燕春亚巧倩静婷秀慧丹露文玲爱',
      second: '燕丽娟婷霞芳敏静洁琴萍红莉倩丹艳云琳颖',
      single: 0.2, singles: '燕婷静洁丹敏倩颖艳琳', classics: [],
    },
  },
  young: {
    MALE: {
      first: '子浩宇俊梓一博家嘉天思皓欣睿泽铭文晨凯奕逸锦宸',
      second: '轩涵宇阳杰浩然睿博豪辰诚泽航铭凯昊霖煜哲磊晨',
      single: 0.08, singles: '浩宇睿博轩', classics: [],
    },
    FEMALE: {
      first: '欣梓紫雨思佳一语诗可婉嘉子雅若沁梦芷依晨怡安',
      second: '怡涵萱琪彤妍悦欣琳瑶婷雯颖菲宁然蕾璐琦嫣晴钰茜桐',
      single: 0.08, singles: '悦琳瑶婷颖', classics: [],
    },
  },
};

function styleFor(sex: Sex, birthYear: number): NameStyle {
  const era = birthYear < 1950 ? 'old' : birthYear < 1966 ? 'postwar' : birthYear < 1980 ? 'sixties' : birthYear < 1995 ? 'reform' : 'young';
  return STYLES[era][sex];
}

function charAt(chars: string, rng: Random): string {
  return chars[Math.floor(rng.next() * chars.length)]!;
}

export function givenName(rng: Random, sex: Sex, birthYear: number): string {
  const style = styleFor(sex, birthYear);
  const roll = rng.next();
  if (roll < style.single) return charAt(style.singles, rng);
  if (style.classics.length && roll < style.single + 0.12) return rng.pick(style.classics);
  let name = charAt(style.first, rng) + charAt(style.second, rng);
  // A doubled character (美美) is rare outside pet names: re-draw the second one once.
  if (name[0] === name[1]) name = name[0] + charAt(style.second, rng);
  return name;
}

export function personName(rng: Random, sex: Sex, birthYear: number, surname: string = SURNAMES.pick(rng)): string {
  return surname + givenName(rng, sex, birthYear);
}

/** The surname of a generated full name (all generated surnames are one character). */
export function surnameOf(name: string): string {
  return name[0]!;
}

// ---------------------------------------------------------------- streets and housing

const ROAD_STEMS = [
  '人民', '解放', '和平', '建设', '文化', '胜利', '光明', '新华', '兴盛', '振兴', '富民', '工业', '江滨',
  '剡溪', '官河', '鹿山', '艇湖', '越剧', '城隍', '北直', '东直', '南直', '西直', '三江', '罗东', '仙湖',
  '五合', '长春', '拱桥', '环城', '教育', '前进', '青年', '东前', '西后', '马寅初', '领带园', '丝绸',
];
const ROAD_SUFFIXES = ['路', '路', '路', '街', '街', '弄', '巷'];
const ESTATE_STEMS = ['锦绣', '阳光', '东方', '剡湖', '江南', '金桂', '碧水', '越秀', '鹿山', '嘉和', '景苑', '城南', '新城', '丽都', '紫薇', '香樟'];
const ESTATE_SUFFIXES = ['小区', '花园', '新村', '公寓', '家园', '苑'];

export function roadName(rng: Random): string {
  return rng.pick(ROAD_STEMS) + rng.pick(ROAD_SUFFIXES);
}

export function estateName(rng: Random): string {
  return rng.pick(ESTATE_STEMS) + rng.pick(ESTATE_SUFFIXES);
}

/** 剡湖街道 → 剡湖, 崇仁镇 → 崇仁, 贵门乡 → 贵门: the stem local firms are named after. */
export function placeStem(unitName: string): string {
  return unitName.replace(/(街道|镇|乡)$/, '');
}

// ---------------------------------------------------------------- employers

/** County-level state and collective enterprises: where most people born before ~1960 worked. */
const STATE_ERA_EMPLOYERS = [
  '嵊州市机械厂', '嵊州市越剧团', '嵊州市领带厂', '嵊州市电机厂', '嵊州市供销合作社', '嵊州市化肥厂',
  '嵊州市纺织厂', '嵊州市丝绸厂', '嵊州市绢纺厂', '嵊州市棉纺厂', '嵊州市针织厂', '嵊州市服装厂',
  '嵊州市农机厂', '嵊州市水泥厂', '嵊州市造纸厂', '嵊州市印刷厂', '嵊州市酿造厂', '嵊州市茶厂',
  '嵊州市竹编工艺厂', '嵊州市五金厂', '嵊州市塑料厂', '嵊州市轴承厂', '嵊州市陶瓷厂', '嵊州市化工厂',
  '嵊州市缫丝厂', '嵊州市柴油机厂', '嵊州市齿轮厂', '嵊州市标准件厂', '嵊州市木材厂', '嵊州市家具厂',
  '嵊州市食品公司', '嵊州市百货公司', '嵊州市粮油公司', '嵊州市物资公司', '嵊州市医药公司',
  '嵊州市汽车运输公司', '嵊州市第一建筑工程公司', '嵊州市第二建筑工程公司', '嵊州市自来水公司',
  '嵊州市糖烟酒公司', '嵊州市新华书店', '嵊州市邮电局', '嵊州市饮食服务公司', '嵊州市电影公司',
  '嵊州市二轻工业公司', '嵊州市土产公司', '嵊州市丝厂', '嵊州市电线厂',
];

/** Township collectives (乡镇企业, 供销社): named after the township. */
const TOWNSHIP_EMPLOYER_KINDS = ['供销社', '农机修造厂', '丝厂', '茶厂', '五金厂', '综合厂', '竹木制品厂', '砖瓦厂', '领带厂', '电器厂'];

/** Private firms, the usual employer of people born from the 1960s on (嵊州: ties, motors, kitchen ranges, tea). */
const FIRM_BRANDS = ['华丰', '宏达', '天宇', '金盾', '恒升', '永盛', '顺发', '鼎盛', '众力', '新光', '东方', '越星', '剡溪', '嵊丰', '长青', '亚太', '鸿运', '银河', '金鹰', '大通', '瑞丰', '中天', '博远', '利达'];
const FIRM_PRODUCTS = ['领带', '电机', '厨具', '电器', '机械', '纺织', '服饰', '丝绸', '茶业', '竹木', '建材', '五金', '化纤', '印染', '汽配', '包装', '轴承', '制冷'];

export const FLEXIBLE_EMPLOYMENT = '灵活就业人员（个人参保）';

/**
 * A plausible last employer for someone born in `birthYear` living in the township `stem`.
 * State enterprises dominate older cohorts, private firms younger ones; some people insured
 * themselves as flexibly employed.
 */
export function employerFor(rng: Random, birthYear: number, townshipStem: string): string {
  const roll = rng.next();
  const privateShare = birthYear < 1950 ? 0.05 : birthYear < 1960 ? 0.25 : birthYear < 1968 ? 0.5 : 0.65;
  if (roll < 0.1) return FLEXIBLE_EMPLOYMENT;
  if (roll < 0.1 + privateShare) {
    const prefix = rng.chance(0.7) ? '嵊州市' : '浙江';
    return `${prefix}${rng.pick(FIRM_BRANDS)}${rng.pick(FIRM_PRODUCTS)}有限公司`;
  }
  if (rng.chance(0.35)) return `嵊州市${townshipStem}${rng.pick(TOWNSHIP_EMPLOYER_KINDS)}`;
  if (rng.chance(0.06)) return rng.pick(['绍兴市第一棉纺厂', '绍兴钢铁厂', '杭州钢铁厂', '绍兴市纺织机械厂', '浙江省第三建筑工程公司']);
  return rng.pick(STATE_ERA_EMPLOYERS);
}

// ---------------------------------------------------------------- banks and phones

export interface Bank {
  name: string;
  /** 6-digit card prefix used for the synthetic 19-digit accounts. */
  prefix: string;
}

/** Where pensions are paid into, by rough share: the local rural commercial bank and ABC lead. */
export const BANKS = new WeightedTable<Bank>([
  [{ name: '嵊州农商银行', prefix: '623091' }, 30],
  [{ name: '中国农业银行嵊州支行', prefix: '622848' }, 22],
  [{ name: '中国工商银行嵊州支行', prefix: '622202' }, 16],
  [{ name: '中国建设银行嵊州支行', prefix: '621700' }, 10],
  [{ name: '中国邮政储蓄银行嵊州市支行', prefix: '621799' }, 9],
  [{ name: '中国银行嵊州支行', prefix: '621661' }, 8],
  [{ name: '绍兴银行嵊州支行', prefix: '621268' }, 5],
]);

/**
 * Mobile prefixes (China Mobile, Unicom, Telecom). 138 is left out on purpose: 138-0000-000x
 * numbers are reserved for demo logins, so no generated person can collide with them.
 */
export const MOBILE_PREFIXES = [
  '139', '139', '135', '136', '137', '150', '151', '152', '158', '159', '187', '188', '130', '131',
  '132', '155', '156', '185', '186', '133', '153', '189', '180', '177', '199', '157', '134',
];

/** Zhejiang area codes other than 嵊州 that people here were born in (their ID numbers keep them). */
export const OTHER_ZHEJIANG_AREAS = new WeightedTable<string>([
  ['330624', 8], // 新昌县, the neighbour
  ['330681', 5], // 诸暨市
  ['330602', 4], // 越城区
  ['330621', 3], // 绍兴县 (now 柯桥区)
  ['330682', 3], // 上虞市 (now 上虞区)
  ['330226', 2], // 宁海县
  ['330203', 1], // 宁波海曙区
  ['330102', 1], // 杭州上城区
  ['330106', 1], // 杭州西湖区
  ['331021', 1], // 玉环县
  ['330782', 1], // 义乌市
]);

/** Other provinces' counties that sent workers (and spouses) to Zhejiang factories. */
export const OTHER_PROVINCE_AREAS = ['340823', '362329', '511028', '412823', '522121', '310110', '320682', '350582', '430621', '360121'];
