/** 密码修改, and where a person is sent while the initial password is still unchanged (pages, proxy.ts, JSON routes). */
export const PASSWORD_PAGE = "/portal/password";
export const FIRST_PASSWORD_PAGE = `${PASSWORD_PAGE}?first=1`;
