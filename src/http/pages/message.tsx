// A page that only says something: an unknown invitation, unpublished results, no dashboard here.
import { Layout, type Lang } from './layout';
import { renderPage } from './render';

export function messagePage(lang: Lang, heading: string, help: string): string {
  return renderPage(
    <Layout lang={lang} title={heading}>
      <h1>{heading}</h1>
      <p>{help}</p>
    </Layout>,
  );
}
