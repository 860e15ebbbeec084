import { graphql } from '../gql';

graphql(`
  fragment ViewerMembership on Membership {
    id
    role
    organization {
      id
      slug
      name
      kind
    }
  }
`);

/** Who is signed in and where they work; always sent without X-Organization. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
      memberships {
        ...ViewerMembership
      }
    }
  }
`);
