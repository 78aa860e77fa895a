/** A mainland mobile number (11 digits) or a landline with area code, e.g. 0575-83012345. */
export const PHONE_PATTERN = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
export const PHONE_FORMAT_MESSAGE = '电话号码格式不正确：手机号为 11 位，固定电话如 0575-83012345';
