/** Word lists for generated test data: plausible shapes and lengths, not facts. */

export const places = [
  { en: "Shanghai", zh: "上海", country: "CN" },
  { en: "Beijing", zh: "北京", country: "CN" },
  { en: "Shenzhen", zh: "深圳", country: "CN" },
  { en: "Hangzhou", zh: "杭州", country: "CN" },
  { en: "Suzhou", zh: "苏州", country: "CN" },
  { en: "Nanjing", zh: "南京", country: "CN" },
  { en: "Geneva", zh: "日内瓦", country: "CH" },
  { en: "Singapore", zh: "新加坡", country: "SG" },
] as const;

export const fields = [
  { en: "Marine Robotics", zh: "海洋机器人" },
  { en: "Quantum Information", zh: "量子信息" },
  { en: "Biomedical Engineering", zh: "生物医学工程" },
  { en: "Artificial Intelligence", zh: "人工智能" },
  { en: "New Energy Materials", zh: "新能源材料" },
  { en: "Integrated Circuits", zh: "集成电路" },
  { en: "Aerospace Technology", zh: "航空航天技术" },
  { en: "Climate Science", zh: "气候科学" },
  { en: "Synthetic Biology", zh: "合成生物学" },
  { en: "Ocean Engineering", zh: "海洋工程" },
] as const;

export const organizationForms = [
  { en: "Institute of", zh: "研究所", kind: "research-institute" },
  { en: "Association for", zh: "协会", kind: "association" },
  { en: "Academy of", zh: "科学院", kind: "academy" },
  { en: "University of", zh: "大学", kind: "university" },
  { en: "Alliance for", zh: "联盟", kind: "international-organization" },
  { en: "Laboratory for", zh: "实验室", kind: "research-institute" },
  { en: "Company for", zh: "有限公司", kind: "company" },
] as const;

export const eventForms = [
  { en: "Forum on", kind: "forum" },
  { en: "Conference on", kind: "conference" },
  { en: "Workshop on", kind: "workshop" },
  { en: "Symposium on", kind: "conference" },
  { en: "Lecture on", kind: "lecture" },
  { en: "Exhibition of", kind: "exhibition" },
] as const;

export const familyNames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"] as const;
export const familyNamesZh = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"] as const;
export const givenNames = ["Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Tao", "Hui", "Qiang", "Xin"] as const;
export const givenNamesZh = ["伟", "芳", "敏", "静", "磊", "燕", "涛", "慧", "强", "欣"] as const;

export const sentences = [
  "It brings together researchers, engineers and policy makers from several countries.",
  "Its work covers basic research, applied studies and the transfer of results to industry.",
  "Members meet regularly to exchange results and to plan joint projects.",
  "The programme includes keynote talks, panel discussions and poster sessions.",
  "Young scientists present their work and meet experienced colleagues.",
  "Participants discussed standards, open data and long-term cooperation.",
  "A report summarising the discussions is published after each meeting.",
  "The organization supports exchange visits and joint training courses.",
] as const;
