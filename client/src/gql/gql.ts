/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerMembership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.ViewerMembershipFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        ...ViewerMembership\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organizationName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SetAllocations($input: SetAllocationsInput!) {\n    setAllocations(input: $input) { contract { id version allocatedCents approved } }\n  }\n": typeof types.SetAllocationsDocument,
    "\n  query AllocationMemberSearch($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { edges { node { id name siret } } }\n  }\n": typeof types.AllocationMemberSearchDocument,
    "\n  mutation AmendContract($input: AmendContractInput!) {\n    amendContract(input: $input) { contract { id version budgetCents periodEnd } }\n  }\n": typeof types.AmendContractDocument,
    "\n  query ContractNetworks {\n    organizations { id name kind }\n  }\n": typeof types.ContractNetworksDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id } }\n  }\n": typeof types.CreateContractDocument,
    "\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      status\n      version\n      periodStart\n      periodEnd\n      budgetCents\n      coordinationCents\n      allocatedCents\n      threshold\n      approved\n      approvedByName\n      signedByName\n      network { id name }\n      viewerActions { transitions canEdit canApprove canAmend canComment }\n      objectives { id indicator unit target }\n      allocations { id memberStructureId structureName siret department amountCents targets { indicator target } }\n      comments { id body objectiveId authorName authorOrganizationName createdAt }\n      results { objectiveId indicator unit target interim final computed examined dynamic attainment }\n      amendments { id number reason signedByName signedAt changes { field before after } }\n      history(first: 50) { totalCount edges { node { id action changes actorName actorOrganizationName createdAt } } }\n    }\n  }\n": typeof types.ContractPageDocument,
    "\n  query ContractsPage($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          periodStart\n          periodEnd\n          budgetCents\n          allocatedCents\n          network { id name }\n        }\n      }\n    }\n  }\n": typeof types.ContractsPageDocument,
    "\n  query ContractListNetworks {\n    organizations { id name kind }\n  }\n": typeof types.ContractListNetworksDocument,
    "\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) { comment { id } }\n  }\n": typeof types.AddContractCommentDocument,
    "\n  query MyObjectives {\n    myObjectives {\n      contract { id title status periodStart periodEnd network { name } objectives { id indicator unit target } }\n      allocation { id amountCents targets { indicator target } }\n      exitReports { id year status rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility } }\n    }\n  }\n": typeof types.MyObjectivesDocument,
    "\n  mutation UpdateContractObjectives($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id version approved objectives { id indicator unit target } } }\n  }\n": typeof types.UpdateContractObjectivesDocument,
    "\n  query RegionDashboard($year: Int!) {\n    regionDashboard(year: $year) {\n      year envelopeCents envelopeVersion signedBudgetCents allocatedCents\n      networks { networkId networkName status contractId budgetCents allocatedCents structures eligible notEligible statusCounts { status count } }\n      contractsByStatus { status count }\n      trend { year signedBudgetCents envelopeCents eligible notEligible }\n    }\n  }\n": typeof types.RegionDashboardDocument,
    "\n  mutation SetRegionEnvelope($input: SetRegionEnvelopeInput!) {\n    setRegionEnvelope(input: $input) { year envelopeCents envelopeVersion }\n  }\n": typeof types.SetRegionEnvelopeDocument,
    "\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) { objectiveId }\n  }\n": typeof types.RecordResultDocument,
    "\n  mutation TransitionContract($input: TransitionContractInput!) {\n    transitionContract(input: $input) { contract { id status version approved } }\n  }\n": typeof types.TransitionContractDocument,
    "\n  mutation ApproveContract($input: ApproveContractInput!) {\n    approveContract(input: $input) { contract { id status version approved } }\n  }\n": typeof types.ApproveContractDocument,
    "\n  query EligibilityPage($year: Int!, $filter: EligibilityFilter, $after: String) {\n    eligibility(year: $year, filter: $filter, first: 100, after: $after) {\n      totalCount hasNextPage endCursor\n      totals { structures eligible notEligible undefined examined dynamic dynamicRate eligibleShare }\n      lines {\n        memberStructureId structureName siret kinds department networkName reported\n        rates { examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n      }\n    }\n  }\n": typeof types.EligibilityPageDocument,
    "query EligibilityNetworks { organizations { id name kind } }": typeof types.EligibilityNetworksDocument,
    "\n  query ExitReasons {\n    exitReasons { code labelFr labelEn category sortOrder }\n  }\n": typeof types.ExitReasonsDocument,
    "\n  query ExitReportMembers($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { totalCount edges { node { id name siret city kinds } } }\n  }\n": typeof types.ExitReportMembersDocument,
    "\n  mutation SaveExitReport($input: SaveExitReportInput!) {\n    saveExitReport(input: $input) { exitReport { id version status } }\n  }\n": typeof types.SaveExitReportDocument,
    "\n  query ExitReportsPage {\n    exitReports(first: 100) {\n      totalCount\n      edges {\n        node {\n          id version year status structureName kinds networkName notExamined\n          counts { reasonCode count }\n          rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n        }\n      }\n    }\n  }\n": typeof types.ExitReportsPageDocument,
    "mutation SubmitExitReport($input: ExitReportActionInput!) { submitExitReport(input: $input) { exitReport { id status version } } }": typeof types.SubmitExitReportDocument,
    "mutation ValidateExitReport($input: ExitReportActionInput!) { validateExitReport(input: $input) { exitReport { id status version } } }": typeof types.ValidateExitReportDocument,
    "mutation ReopenExitReport($input: ExitReportActionInput!) { reopenExitReport(input: $input) { exitReport { id status version } } }": typeof types.ReopenExitReportDocument,
    "\n  fragment ActionItemRow on ActionItem {\n    id\n    title\n    dueDate\n    done\n    doneAt\n    mine\n    meetingId\n    meetingTitle\n    ownerOrganization {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      displayName\n    }\n  }\n": typeof types.ActionItemRowFragmentDoc,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n": typeof types.AddActionItemDocument,
    "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      id\n      invitations {\n        id\n        answer\n        comment\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n    }\n  }\n": typeof types.RespondToInvitationDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  fragment CalendarMeeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    place\n    convener {\n      id\n      name\n    }\n    myInvitations {\n      id\n      answer\n    }\n  }\n": typeof types.CalendarMeetingFragmentDoc,
    "\n  query MeetingFormData {\n    meetingInvitees {\n      organizationId\n      organizationName\n      organizationKind\n      invitable\n      people {\n        id\n        displayName\n      }\n    }\n    workingGroups {\n      id\n      title\n      organizations {\n        id\n      }\n    }\n  }\n": typeof types.MeetingFormDataDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      conflicts {\n        startsAt\n        endsAt\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  query MeetingConflicts($input: MeetingConflictsInput!) {\n    meetingConflicts(input: $input) {\n      startsAt\n      endsAt\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MeetingConflictsDocument,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      place\n      videoUrl\n      status\n      version\n      sequence\n      canManage\n      canEditMinutes\n      icsPath\n      convener {\n        id\n        name\n      }\n      workingGroup {\n        id\n        title\n      }\n      agenda {\n        position\n        title\n      }\n      invitations {\n        id\n        answer\n        comment\n        canRespond\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n        answeredBy {\n          id\n          displayName\n        }\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      status\n      version\n      sequence\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetings(from: $from, to: $to, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CalendarMeeting\n        }\n      }\n    }\n  }\n": typeof types.MeetingsCalendarDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      id\n      status\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n    }\n  }\n": typeof types.SaveMinutesDocument,
    "\n  query MyActionItems($includeDone: Boolean) {\n    myActionItems(includeDone: $includeDone) {\n      ...ActionItemRow\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query MeetingNotices {\n    unreadMeetingNoticeCount\n    meetingNotices {\n      id\n      kind\n      createdAt\n      readAt\n      meetingId\n      meetingTitle\n    }\n  }\n": typeof types.MeetingNoticesDocument,
    "\n  mutation MarkMeetingNoticesRead($input: MarkMeetingNoticesReadInput!) {\n    markMeetingNoticesRead(input: $input)\n  }\n": typeof types.MarkMeetingNoticesReadDocument,
    "\n  mutation RescheduleMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n        place\n        version\n        sequence\n      }\n      conflicts {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.RescheduleMeetingDocument,
    "\n  query FindMeetingSlots($input: FindMeetingSlotsInput!) {\n    findMeetingSlots(input: $input) {\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.FindMeetingSlotsDocument,
    "\n  query WorkingGroupsCard {\n    workingGroups {\n      id\n      title\n      convener {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WorkingGroupsCardDocument,
    "\n  query WorkingGroupInvitees {\n    meetingInvitees {\n      organizationId\n      organizationName\n      invitable\n    }\n  }\n": typeof types.WorkingGroupInviteesDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateWorkingGroupDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  fragment MemberDetails on Member {\n    id\n    name\n    siret\n    kinds\n    postcode\n    department\n    city\n    address\n    email\n    phone\n    website\n    etp\n    insertionHeadcount\n    annexNumber\n    status\n    statusSince\n    notes\n    version\n    updatedAt\n    network {\n      id\n      name\n    }\n  }\n": typeof types.MemberDetailsFragmentDoc,
    "\n  query MemberEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n    }\n  }\n": typeof types.MemberEditDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  query MemberHistory($id: ID!) {\n    member(id: $id) {\n      id\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            actorName\n            actorOrganizationName\n            changes {\n              field\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberHistoryDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n      historyCount\n      structureAccount {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.MemberPageDocument,
    "\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n": typeof types.SetMemberStatusDocument,
    "\n  fragment MemberTableRow on Member {\n    id\n    name\n    siret\n    kinds\n    city\n    department\n    status\n    network {\n      id\n      name\n    }\n  }\n": typeof types.MemberTableRowFragmentDoc,
    "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          ...MemberTableRow\n        }\n      }\n    }\n  }\n": typeof types.MembersPageDocument,
    "\n  query MemberNetworks {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MemberNetworksDocument,
    "\n  mutation CreateStructureAccount($input: CreateStructureAccountInput!) {\n    createStructureAccount(input: $input) {\n      created\n      member {\n        id\n        structureAccount {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": typeof types.CreateStructureAccountDocument,
    "\n  mutation InviteStructureUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InviteStructureUserDocument,
    "\n  query StructuresBySiret($first: Int!, $after: String, $search: String, $sharedOnly: Boolean!) {\n    structuresBySiret(first: $first, after: $after, search: $search, sharedOnly: $sharedOnly) {\n      totalCount\n      edges {\n        node {\n          siret\n          name\n          city\n          department\n          networks {\n            id\n            name\n          }\n          members {\n            id\n            name\n            network {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StructuresBySiretDocument,
    "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      dryRun\n      applied\n      encoding\n      delimiter\n      totalRows\n      created\n      updated\n      unchanged\n      errorRows\n      fileErrors {\n        code\n        message\n        line\n        column\n      }\n      rows {\n        line\n        action\n        siret\n        name\n        memberId\n        changedFields\n        errors {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportMembersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ChangeMembershipRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMembershipRoleDocument,
    "\n  fragment PendingInvitationRow on Invitation {\n    id\n    email\n    role\n    expiresAt\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.PendingInvitationRowFragmentDoc,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  fragment UserTableMembership on Membership {\n    id\n    role\n    user {\n      id\n      displayName\n      email\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UserTableMembershipFragmentDoc,
    "\n  query UsersPageMemberships($organizationId: ID, $first: Int!, $after: String) {\n    organizationUsers(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserTableMembership\n        }\n      }\n    }\n  }\n": typeof types.UsersPageMembershipsDocument,
    "\n  query UsersPageInvitations($organizationId: ID) {\n    pendingInvitations(organizationId: $organizationId) {\n      ...PendingInvitationRow\n    }\n  }\n": typeof types.UsersPageInvitationsDocument,
    "\n  query ManageableOrganizations {\n    organizations {\n      id\n      name\n      kind\n      federation {\n        id\n      }\n    }\n  }\n": typeof types.ManageableOrganizationsDocument,
};
const documents: Documents = {
    "\n  fragment ViewerMembership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.ViewerMembershipFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        ...ViewerMembership\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    logoutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organizationName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  mutation SetAllocations($input: SetAllocationsInput!) {\n    setAllocations(input: $input) { contract { id version allocatedCents approved } }\n  }\n": types.SetAllocationsDocument,
    "\n  query AllocationMemberSearch($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { edges { node { id name siret } } }\n  }\n": types.AllocationMemberSearchDocument,
    "\n  mutation AmendContract($input: AmendContractInput!) {\n    amendContract(input: $input) { contract { id version budgetCents periodEnd } }\n  }\n": types.AmendContractDocument,
    "\n  query ContractNetworks {\n    organizations { id name kind }\n  }\n": types.ContractNetworksDocument,
    "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id } }\n  }\n": types.CreateContractDocument,
    "\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      status\n      version\n      periodStart\n      periodEnd\n      budgetCents\n      coordinationCents\n      allocatedCents\n      threshold\n      approved\n      approvedByName\n      signedByName\n      network { id name }\n      viewerActions { transitions canEdit canApprove canAmend canComment }\n      objectives { id indicator unit target }\n      allocations { id memberStructureId structureName siret department amountCents targets { indicator target } }\n      comments { id body objectiveId authorName authorOrganizationName createdAt }\n      results { objectiveId indicator unit target interim final computed examined dynamic attainment }\n      amendments { id number reason signedByName signedAt changes { field before after } }\n      history(first: 50) { totalCount edges { node { id action changes actorName actorOrganizationName createdAt } } }\n    }\n  }\n": types.ContractPageDocument,
    "\n  query ContractsPage($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          periodStart\n          periodEnd\n          budgetCents\n          allocatedCents\n          network { id name }\n        }\n      }\n    }\n  }\n": types.ContractsPageDocument,
    "\n  query ContractListNetworks {\n    organizations { id name kind }\n  }\n": types.ContractListNetworksDocument,
    "\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) { comment { id } }\n  }\n": types.AddContractCommentDocument,
    "\n  query MyObjectives {\n    myObjectives {\n      contract { id title status periodStart periodEnd network { name } objectives { id indicator unit target } }\n      allocation { id amountCents targets { indicator target } }\n      exitReports { id year status rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility } }\n    }\n  }\n": types.MyObjectivesDocument,
    "\n  mutation UpdateContractObjectives($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id version approved objectives { id indicator unit target } } }\n  }\n": types.UpdateContractObjectivesDocument,
    "\n  query RegionDashboard($year: Int!) {\n    regionDashboard(year: $year) {\n      year envelopeCents envelopeVersion signedBudgetCents allocatedCents\n      networks { networkId networkName status contractId budgetCents allocatedCents structures eligible notEligible statusCounts { status count } }\n      contractsByStatus { status count }\n      trend { year signedBudgetCents envelopeCents eligible notEligible }\n    }\n  }\n": types.RegionDashboardDocument,
    "\n  mutation SetRegionEnvelope($input: SetRegionEnvelopeInput!) {\n    setRegionEnvelope(input: $input) { year envelopeCents envelopeVersion }\n  }\n": types.SetRegionEnvelopeDocument,
    "\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) { objectiveId }\n  }\n": types.RecordResultDocument,
    "\n  mutation TransitionContract($input: TransitionContractInput!) {\n    transitionContract(input: $input) { contract { id status version approved } }\n  }\n": types.TransitionContractDocument,
    "\n  mutation ApproveContract($input: ApproveContractInput!) {\n    approveContract(input: $input) { contract { id status version approved } }\n  }\n": types.ApproveContractDocument,
    "\n  query EligibilityPage($year: Int!, $filter: EligibilityFilter, $after: String) {\n    eligibility(year: $year, filter: $filter, first: 100, after: $after) {\n      totalCount hasNextPage endCursor\n      totals { structures eligible notEligible undefined examined dynamic dynamicRate eligibleShare }\n      lines {\n        memberStructureId structureName siret kinds department networkName reported\n        rates { examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n      }\n    }\n  }\n": types.EligibilityPageDocument,
    "query EligibilityNetworks { organizations { id name kind } }": types.EligibilityNetworksDocument,
    "\n  query ExitReasons {\n    exitReasons { code labelFr labelEn category sortOrder }\n  }\n": types.ExitReasonsDocument,
    "\n  query ExitReportMembers($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { totalCount edges { node { id name siret city kinds } } }\n  }\n": types.ExitReportMembersDocument,
    "\n  mutation SaveExitReport($input: SaveExitReportInput!) {\n    saveExitReport(input: $input) { exitReport { id version status } }\n  }\n": types.SaveExitReportDocument,
    "\n  query ExitReportsPage {\n    exitReports(first: 100) {\n      totalCount\n      edges {\n        node {\n          id version year status structureName kinds networkName notExamined\n          counts { reasonCode count }\n          rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n        }\n      }\n    }\n  }\n": types.ExitReportsPageDocument,
    "mutation SubmitExitReport($input: ExitReportActionInput!) { submitExitReport(input: $input) { exitReport { id status version } } }": types.SubmitExitReportDocument,
    "mutation ValidateExitReport($input: ExitReportActionInput!) { validateExitReport(input: $input) { exitReport { id status version } } }": types.ValidateExitReportDocument,
    "mutation ReopenExitReport($input: ExitReportActionInput!) { reopenExitReport(input: $input) { exitReport { id status version } } }": types.ReopenExitReportDocument,
    "\n  fragment ActionItemRow on ActionItem {\n    id\n    title\n    dueDate\n    done\n    doneAt\n    mine\n    meetingId\n    meetingTitle\n    ownerOrganization {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      displayName\n    }\n  }\n": types.ActionItemRowFragmentDoc,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n": types.AddActionItemDocument,
    "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      id\n      invitations {\n        id\n        answer\n        comment\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n    }\n  }\n": types.RespondToInvitationDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  fragment CalendarMeeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    place\n    convener {\n      id\n      name\n    }\n    myInvitations {\n      id\n      answer\n    }\n  }\n": types.CalendarMeetingFragmentDoc,
    "\n  query MeetingFormData {\n    meetingInvitees {\n      organizationId\n      organizationName\n      organizationKind\n      invitable\n      people {\n        id\n        displayName\n      }\n    }\n    workingGroups {\n      id\n      title\n      organizations {\n        id\n      }\n    }\n  }\n": types.MeetingFormDataDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      conflicts {\n        startsAt\n        endsAt\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  query MeetingConflicts($input: MeetingConflictsInput!) {\n    meetingConflicts(input: $input) {\n      startsAt\n      endsAt\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        displayName\n      }\n    }\n  }\n": types.MeetingConflictsDocument,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      place\n      videoUrl\n      status\n      version\n      sequence\n      canManage\n      canEditMinutes\n      icsPath\n      convener {\n        id\n        name\n      }\n      workingGroup {\n        id\n        title\n      }\n      agenda {\n        position\n        title\n      }\n      invitations {\n        id\n        answer\n        comment\n        canRespond\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n        answeredBy {\n          id\n          displayName\n        }\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      status\n      version\n      sequence\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetings(from: $from, to: $to, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CalendarMeeting\n        }\n      }\n    }\n  }\n": types.MeetingsCalendarDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      id\n      status\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n    }\n  }\n": types.SaveMinutesDocument,
    "\n  query MyActionItems($includeDone: Boolean) {\n    myActionItems(includeDone: $includeDone) {\n      ...ActionItemRow\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query MeetingNotices {\n    unreadMeetingNoticeCount\n    meetingNotices {\n      id\n      kind\n      createdAt\n      readAt\n      meetingId\n      meetingTitle\n    }\n  }\n": types.MeetingNoticesDocument,
    "\n  mutation MarkMeetingNoticesRead($input: MarkMeetingNoticesReadInput!) {\n    markMeetingNoticesRead(input: $input)\n  }\n": types.MarkMeetingNoticesReadDocument,
    "\n  mutation RescheduleMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n        place\n        version\n        sequence\n      }\n      conflicts {\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.RescheduleMeetingDocument,
    "\n  query FindMeetingSlots($input: FindMeetingSlotsInput!) {\n    findMeetingSlots(input: $input) {\n      startsAt\n      endsAt\n    }\n  }\n": types.FindMeetingSlotsDocument,
    "\n  query WorkingGroupsCard {\n    workingGroups {\n      id\n      title\n      convener {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n": types.WorkingGroupsCardDocument,
    "\n  query WorkingGroupInvitees {\n    meetingInvitees {\n      organizationId\n      organizationName\n      invitable\n    }\n  }\n": types.WorkingGroupInviteesDocument,
    "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateWorkingGroupDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n": types.CreateMemberDocument,
    "\n  fragment MemberDetails on Member {\n    id\n    name\n    siret\n    kinds\n    postcode\n    department\n    city\n    address\n    email\n    phone\n    website\n    etp\n    insertionHeadcount\n    annexNumber\n    status\n    statusSince\n    notes\n    version\n    updatedAt\n    network {\n      id\n      name\n    }\n  }\n": types.MemberDetailsFragmentDoc,
    "\n  query MemberEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n    }\n  }\n": types.MemberEditDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  query MemberHistory($id: ID!) {\n    member(id: $id) {\n      id\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            actorName\n            actorOrganizationName\n            changes {\n              field\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MemberHistoryDocument,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n      historyCount\n      structureAccount {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.MemberPageDocument,
    "\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n": types.SetMemberStatusDocument,
    "\n  fragment MemberTableRow on Member {\n    id\n    name\n    siret\n    kinds\n    city\n    department\n    status\n    network {\n      id\n      name\n    }\n  }\n": types.MemberTableRowFragmentDoc,
    "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          ...MemberTableRow\n        }\n      }\n    }\n  }\n": types.MembersPageDocument,
    "\n  query MemberNetworks {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n": types.MemberNetworksDocument,
    "\n  mutation CreateStructureAccount($input: CreateStructureAccountInput!) {\n    createStructureAccount(input: $input) {\n      created\n      member {\n        id\n        structureAccount {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": types.CreateStructureAccountDocument,
    "\n  mutation InviteStructureUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n      }\n    }\n  }\n": types.InviteStructureUserDocument,
    "\n  query StructuresBySiret($first: Int!, $after: String, $search: String, $sharedOnly: Boolean!) {\n    structuresBySiret(first: $first, after: $after, search: $search, sharedOnly: $sharedOnly) {\n      totalCount\n      edges {\n        node {\n          siret\n          name\n          city\n          department\n          networks {\n            id\n            name\n          }\n          members {\n            id\n            name\n            network {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StructuresBySiretDocument,
    "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      dryRun\n      applied\n      encoding\n      delimiter\n      totalRows\n      created\n      updated\n      unchanged\n      errorRows\n      fileErrors {\n        code\n        message\n        line\n        column\n      }\n      rows {\n        line\n        action\n        siret\n        name\n        memberId\n        changedFields\n        errors {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": types.ImportMembersDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ChangeMembershipRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMembershipRoleDocument,
    "\n  fragment PendingInvitationRow on Invitation {\n    id\n    email\n    role\n    expiresAt\n    organization {\n      id\n      name\n    }\n  }\n": types.PendingInvitationRowFragmentDoc,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n": types.RemoveMembershipDocument,
    "\n  fragment UserTableMembership on Membership {\n    id\n    role\n    user {\n      id\n      displayName\n      email\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n": types.UserTableMembershipFragmentDoc,
    "\n  query UsersPageMemberships($organizationId: ID, $first: Int!, $after: String) {\n    organizationUsers(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserTableMembership\n        }\n      }\n    }\n  }\n": types.UsersPageMembershipsDocument,
    "\n  query UsersPageInvitations($organizationId: ID) {\n    pendingInvitations(organizationId: $organizationId) {\n      ...PendingInvitationRow\n    }\n  }\n": types.UsersPageInvitationsDocument,
    "\n  query ManageableOrganizations {\n    organizations {\n      id\n      name\n      kind\n      federation {\n        id\n      }\n    }\n  }\n": types.ManageableOrganizationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerMembership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerMembership on Membership {\n    id\n    role\n    organization {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        ...ViewerMembership\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        ...ViewerMembership\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organizationName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      organizationName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAllocations($input: SetAllocationsInput!) {\n    setAllocations(input: $input) { contract { id version allocatedCents approved } }\n  }\n"): (typeof documents)["\n  mutation SetAllocations($input: SetAllocationsInput!) {\n    setAllocations(input: $input) { contract { id version allocatedCents approved } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllocationMemberSearch($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { edges { node { id name siret } } }\n  }\n"): (typeof documents)["\n  query AllocationMemberSearch($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { edges { node { id name siret } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendContract($input: AmendContractInput!) {\n    amendContract(input: $input) { contract { id version budgetCents periodEnd } }\n  }\n"): (typeof documents)["\n  mutation AmendContract($input: AmendContractInput!) {\n    amendContract(input: $input) { contract { id version budgetCents periodEnd } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractNetworks {\n    organizations { id name kind }\n  }\n"): (typeof documents)["\n  query ContractNetworks {\n    organizations { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id } }\n  }\n"): (typeof documents)["\n  mutation CreateContract($input: CreateContractInput!) {\n    createContract(input: $input) { contract { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      status\n      version\n      periodStart\n      periodEnd\n      budgetCents\n      coordinationCents\n      allocatedCents\n      threshold\n      approved\n      approvedByName\n      signedByName\n      network { id name }\n      viewerActions { transitions canEdit canApprove canAmend canComment }\n      objectives { id indicator unit target }\n      allocations { id memberStructureId structureName siret department amountCents targets { indicator target } }\n      comments { id body objectiveId authorName authorOrganizationName createdAt }\n      results { objectiveId indicator unit target interim final computed examined dynamic attainment }\n      amendments { id number reason signedByName signedAt changes { field before after } }\n      history(first: 50) { totalCount edges { node { id action changes actorName actorOrganizationName createdAt } } }\n    }\n  }\n"): (typeof documents)["\n  query ContractPage($id: ID!) {\n    contract(id: $id) {\n      id\n      title\n      status\n      version\n      periodStart\n      periodEnd\n      budgetCents\n      coordinationCents\n      allocatedCents\n      threshold\n      approved\n      approvedByName\n      signedByName\n      network { id name }\n      viewerActions { transitions canEdit canApprove canAmend canComment }\n      objectives { id indicator unit target }\n      allocations { id memberStructureId structureName siret department amountCents targets { indicator target } }\n      comments { id body objectiveId authorName authorOrganizationName createdAt }\n      results { objectiveId indicator unit target interim final computed examined dynamic attainment }\n      amendments { id number reason signedByName signedAt changes { field before after } }\n      history(first: 50) { totalCount edges { node { id action changes actorName actorOrganizationName createdAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsPage($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          periodStart\n          periodEnd\n          budgetCents\n          allocatedCents\n          network { id name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractsPage($filter: ContractFilter) {\n    contracts(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          periodStart\n          periodEnd\n          budgetCents\n          allocatedCents\n          network { id name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractListNetworks {\n    organizations { id name kind }\n  }\n"): (typeof documents)["\n  query ContractListNetworks {\n    organizations { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) { comment { id } }\n  }\n"): (typeof documents)["\n  mutation AddContractComment($input: AddContractCommentInput!) {\n    addContractComment(input: $input) { comment { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyObjectives {\n    myObjectives {\n      contract { id title status periodStart periodEnd network { name } objectives { id indicator unit target } }\n      allocation { id amountCents targets { indicator target } }\n      exitReports { id year status rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility } }\n    }\n  }\n"): (typeof documents)["\n  query MyObjectives {\n    myObjectives {\n      contract { id title status periodStart periodEnd network { name } objectives { id indicator unit target } }\n      allocation { id amountCents targets { indicator target } }\n      exitReports { id year status rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractObjectives($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id version approved objectives { id indicator unit target } } }\n  }\n"): (typeof documents)["\n  mutation UpdateContractObjectives($input: UpdateContractInput!) {\n    updateContract(input: $input) { contract { id version approved objectives { id indicator unit target } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionDashboard($year: Int!) {\n    regionDashboard(year: $year) {\n      year envelopeCents envelopeVersion signedBudgetCents allocatedCents\n      networks { networkId networkName status contractId budgetCents allocatedCents structures eligible notEligible statusCounts { status count } }\n      contractsByStatus { status count }\n      trend { year signedBudgetCents envelopeCents eligible notEligible }\n    }\n  }\n"): (typeof documents)["\n  query RegionDashboard($year: Int!) {\n    regionDashboard(year: $year) {\n      year envelopeCents envelopeVersion signedBudgetCents allocatedCents\n      networks { networkId networkName status contractId budgetCents allocatedCents structures eligible notEligible statusCounts { status count } }\n      contractsByStatus { status count }\n      trend { year signedBudgetCents envelopeCents eligible notEligible }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRegionEnvelope($input: SetRegionEnvelopeInput!) {\n    setRegionEnvelope(input: $input) { year envelopeCents envelopeVersion }\n  }\n"): (typeof documents)["\n  mutation SetRegionEnvelope($input: SetRegionEnvelopeInput!) {\n    setRegionEnvelope(input: $input) { year envelopeCents envelopeVersion }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) { objectiveId }\n  }\n"): (typeof documents)["\n  mutation RecordResult($input: RecordResultInput!) {\n    recordResult(input: $input) { objectiveId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionContract($input: TransitionContractInput!) {\n    transitionContract(input: $input) { contract { id status version approved } }\n  }\n"): (typeof documents)["\n  mutation TransitionContract($input: TransitionContractInput!) {\n    transitionContract(input: $input) { contract { id status version approved } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveContract($input: ApproveContractInput!) {\n    approveContract(input: $input) { contract { id status version approved } }\n  }\n"): (typeof documents)["\n  mutation ApproveContract($input: ApproveContractInput!) {\n    approveContract(input: $input) { contract { id status version approved } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EligibilityPage($year: Int!, $filter: EligibilityFilter, $after: String) {\n    eligibility(year: $year, filter: $filter, first: 100, after: $after) {\n      totalCount hasNextPage endCursor\n      totals { structures eligible notEligible undefined examined dynamic dynamicRate eligibleShare }\n      lines {\n        memberStructureId structureName siret kinds department networkName reported\n        rates { examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EligibilityPage($year: Int!, $filter: EligibilityFilter, $after: String) {\n    eligibility(year: $year, filter: $filter, first: 100, after: $after) {\n      totalCount hasNextPage endCursor\n      totals { structures eligible notEligible undefined examined dynamic dynamicRate eligibleShare }\n      lines {\n        memberStructureId structureName siret kinds department networkName reported\n        rates { examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EligibilityNetworks { organizations { id name kind } }"): (typeof documents)["query EligibilityNetworks { organizations { id name kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitReasons {\n    exitReasons { code labelFr labelEn category sortOrder }\n  }\n"): (typeof documents)["\n  query ExitReasons {\n    exitReasons { code labelFr labelEn category sortOrder }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitReportMembers($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { totalCount edges { node { id name siret city kinds } } }\n  }\n"): (typeof documents)["\n  query ExitReportMembers($filter: MemberFilter) {\n    members(first: 20, filter: $filter) { totalCount edges { node { id name siret city kinds } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveExitReport($input: SaveExitReportInput!) {\n    saveExitReport(input: $input) { exitReport { id version status } }\n  }\n"): (typeof documents)["\n  mutation SaveExitReport($input: SaveExitReportInput!) {\n    saveExitReport(input: $input) { exitReport { id version status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExitReportsPage {\n    exitReports(first: 100) {\n      totalCount\n      edges {\n        node {\n          id version year status structureName kinds networkName notExamined\n          counts { reasonCode count }\n          rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExitReportsPage {\n    exitReports(first: 100) {\n      totalCount\n      edges {\n        node {\n          id version year status structureName kinds networkName notExamined\n          counts { reasonCode count }\n          rates { totalExits examined dynamic dynamicRate sustainableRate employmentRate threshold eligibility }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitExitReport($input: ExitReportActionInput!) { submitExitReport(input: $input) { exitReport { id status version } } }"): (typeof documents)["mutation SubmitExitReport($input: ExitReportActionInput!) { submitExitReport(input: $input) { exitReport { id status version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ValidateExitReport($input: ExitReportActionInput!) { validateExitReport(input: $input) { exitReport { id status version } } }"): (typeof documents)["mutation ValidateExitReport($input: ExitReportActionInput!) { validateExitReport(input: $input) { exitReport { id status version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenExitReport($input: ExitReportActionInput!) { reopenExitReport(input: $input) { exitReport { id status version } } }"): (typeof documents)["mutation ReopenExitReport($input: ExitReportActionInput!) { reopenExitReport(input: $input) { exitReport { id status version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemRow on ActionItem {\n    id\n    title\n    dueDate\n    done\n    doneAt\n    mine\n    meetingId\n    meetingTitle\n    ownerOrganization {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemRow on ActionItem {\n    id\n    title\n    dueDate\n    done\n    doneAt\n    mine\n    meetingId\n    meetingTitle\n    ownerOrganization {\n      id\n      name\n    }\n    ownerPerson {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionItem($input: AddActionItemInput!) {\n    addActionItem(input: $input) {\n      ...ActionItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      id\n      invitations {\n        id\n        answer\n        comment\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToInvitation($input: RespondToInvitationInput!) {\n    respondToInvitation(input: $input) {\n      id\n      invitations {\n        id\n        answer\n        comment\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarMeeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    place\n    convener {\n      id\n      name\n    }\n    myInvitations {\n      id\n      answer\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarMeeting on Meeting {\n    id\n    title\n    startsAt\n    endsAt\n    status\n    place\n    convener {\n      id\n      name\n    }\n    myInvitations {\n      id\n      answer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingFormData {\n    meetingInvitees {\n      organizationId\n      organizationName\n      organizationKind\n      invitable\n      people {\n        id\n        displayName\n      }\n    }\n    workingGroups {\n      id\n      title\n      organizations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingFormData {\n    meetingInvitees {\n      organizationId\n      organizationName\n      organizationKind\n      invitable\n      people {\n        id\n        displayName\n      }\n    }\n    workingGroups {\n      id\n      title\n      organizations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      conflicts {\n        startsAt\n        endsAt\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        id\n        title\n      }\n      conflicts {\n        startsAt\n        endsAt\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingConflicts($input: MeetingConflictsInput!) {\n    meetingConflicts(input: $input) {\n      startsAt\n      endsAt\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingConflicts($input: MeetingConflictsInput!) {\n    meetingConflicts(input: $input) {\n      startsAt\n      endsAt\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      place\n      videoUrl\n      status\n      version\n      sequence\n      canManage\n      canEditMinutes\n      icsPath\n      convener {\n        id\n        name\n      }\n      workingGroup {\n        id\n        title\n      }\n      agenda {\n        position\n        title\n      }\n      invitations {\n        id\n        answer\n        comment\n        canRespond\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n        answeredBy {\n          id\n          displayName\n        }\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      description\n      startsAt\n      endsAt\n      timeZone\n      place\n      videoUrl\n      status\n      version\n      sequence\n      canManage\n      canEditMinutes\n      icsPath\n      convener {\n        id\n        name\n      }\n      workingGroup {\n        id\n        title\n      }\n      agenda {\n        position\n        title\n      }\n      invitations {\n        id\n        answer\n        comment\n        canRespond\n        organization {\n          id\n          name\n        }\n        person {\n          id\n          displayName\n        }\n        answeredBy {\n          id\n          displayName\n        }\n      }\n      myInvitations {\n        id\n        answer\n        comment\n      }\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n      actionItems {\n        ...ActionItemRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      status\n      version\n      sequence\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      id\n      status\n      version\n      sequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetings(from: $from, to: $to, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CalendarMeeting\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingsCalendar($from: DateTimeISO!, $to: DateTimeISO!) {\n    meetings(from: $from, to: $to, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...CalendarMeeting\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      id\n      status\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      id\n      status\n      minutes {\n        body\n        version\n        updatedAt\n      }\n      decisions {\n        position\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($includeDone: Boolean) {\n    myActionItems(includeDone: $includeDone) {\n      ...ActionItemRow\n    }\n  }\n"): (typeof documents)["\n  query MyActionItems($includeDone: Boolean) {\n    myActionItems(includeDone: $includeDone) {\n      ...ActionItemRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingNotices {\n    unreadMeetingNoticeCount\n    meetingNotices {\n      id\n      kind\n      createdAt\n      readAt\n      meetingId\n      meetingTitle\n    }\n  }\n"): (typeof documents)["\n  query MeetingNotices {\n    unreadMeetingNoticeCount\n    meetingNotices {\n      id\n      kind\n      createdAt\n      readAt\n      meetingId\n      meetingTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMeetingNoticesRead($input: MarkMeetingNoticesReadInput!) {\n    markMeetingNoticesRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkMeetingNoticesRead($input: MarkMeetingNoticesReadInput!) {\n    markMeetingNoticesRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n        place\n        version\n        sequence\n      }\n      conflicts {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        id\n        startsAt\n        endsAt\n        place\n        version\n        sequence\n      }\n      conflicts {\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindMeetingSlots($input: FindMeetingSlotsInput!) {\n    findMeetingSlots(input: $input) {\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query FindMeetingSlots($input: FindMeetingSlotsInput!) {\n    findMeetingSlots(input: $input) {\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupsCard {\n    workingGroups {\n      id\n      title\n      convener {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupsCard {\n    workingGroups {\n      id\n      title\n      convener {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroupInvitees {\n    meetingInvitees {\n      organizationId\n      organizationName\n      invitable\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroupInvitees {\n    meetingInvitees {\n      organizationId\n      organizationName\n      invitable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberDetails on Member {\n    id\n    name\n    siret\n    kinds\n    postcode\n    department\n    city\n    address\n    email\n    phone\n    website\n    etp\n    insertionHeadcount\n    annexNumber\n    status\n    statusSince\n    notes\n    version\n    updatedAt\n    network {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberDetails on Member {\n    id\n    name\n    siret\n    kinds\n    postcode\n    department\n    city\n    address\n    email\n    phone\n    website\n    etp\n    insertionHeadcount\n    annexNumber\n    status\n    statusSince\n    notes\n    version\n    updatedAt\n    network {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n    }\n  }\n"): (typeof documents)["\n  query MemberEdit($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHistory($id: ID!) {\n    member(id: $id) {\n      id\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            actorName\n            actorOrganizationName\n            changes {\n              field\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHistory($id: ID!) {\n    member(id: $id) {\n      id\n      history(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            action\n            createdAt\n            actorName\n            actorOrganizationName\n            changes {\n              field\n              from\n              to\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n      historyCount\n      structureAccount {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPage($id: ID!) {\n    member(id: $id) {\n      ...MemberDetails\n      historyCount\n      structureAccount {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberStatus($input: SetMemberStatusInput!) {\n    setMemberStatus(input: $input) {\n      member {\n        ...MemberDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberTableRow on Member {\n    id\n    name\n    siret\n    kinds\n    city\n    department\n    status\n    network {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberTableRow on Member {\n    id\n    name\n    siret\n    kinds\n    city\n    department\n    status\n    network {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          ...MemberTableRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersPage($first: Int!, $after: String, $filter: MemberFilter, $orderBy: MemberOrder) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges {\n        node {\n          ...MemberTableRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNetworks {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MemberNetworks {\n    organizations {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStructureAccount($input: CreateStructureAccountInput!) {\n    createStructureAccount(input: $input) {\n      created\n      member {\n        id\n        structureAccount {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStructureAccount($input: CreateStructureAccountInput!) {\n    createStructureAccount(input: $input) {\n      created\n      member {\n        id\n        structureAccount {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStructureUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteStructureUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructuresBySiret($first: Int!, $after: String, $search: String, $sharedOnly: Boolean!) {\n    structuresBySiret(first: $first, after: $after, search: $search, sharedOnly: $sharedOnly) {\n      totalCount\n      edges {\n        node {\n          siret\n          name\n          city\n          department\n          networks {\n            id\n            name\n          }\n          members {\n            id\n            name\n            network {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StructuresBySiret($first: Int!, $after: String, $search: String, $sharedOnly: Boolean!) {\n    structuresBySiret(first: $first, after: $after, search: $search, sharedOnly: $sharedOnly) {\n      totalCount\n      edges {\n        node {\n          siret\n          name\n          city\n          department\n          networks {\n            id\n            name\n          }\n          members {\n            id\n            name\n            network {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      dryRun\n      applied\n      encoding\n      delimiter\n      totalRows\n      created\n      updated\n      unchanged\n      errorRows\n      fileErrors {\n        code\n        message\n        line\n        column\n      }\n      rows {\n        line\n        action\n        siret\n        name\n        memberId\n        changedFields\n        errors {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      dryRun\n      applied\n      encoding\n      delimiter\n      totalRows\n      created\n      updated\n      unchanged\n      errorRows\n      fileErrors {\n        code\n        message\n        line\n        column\n      }\n      rows {\n        line\n        action\n        siret\n        name\n        memberId\n        changedFields\n        errors {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      invitation {\n        id\n        email\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMembershipRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMembershipRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingInvitationRow on Invitation {\n    id\n    email\n    role\n    expiresAt\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PendingInvitationRow on Invitation {\n    id\n    email\n    role\n    expiresAt\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserTableMembership on Membership {\n    id\n    role\n    user {\n      id\n      displayName\n      email\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment UserTableMembership on Membership {\n    id\n    role\n    user {\n      id\n      displayName\n      email\n    }\n    organization {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPageMemberships($organizationId: ID, $first: Int!, $after: String) {\n    organizationUsers(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserTableMembership\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersPageMemberships($organizationId: ID, $first: Int!, $after: String) {\n    organizationUsers(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...UserTableMembership\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPageInvitations($organizationId: ID) {\n    pendingInvitations(organizationId: $organizationId) {\n      ...PendingInvitationRow\n    }\n  }\n"): (typeof documents)["\n  query UsersPageInvitations($organizationId: ID) {\n    pendingInvitations(organizationId: $organizationId) {\n      ...PendingInvitationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageableOrganizations {\n    organizations {\n      id\n      name\n      kind\n      federation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManageableOrganizations {\n    organizations {\n      id\n      name\n      kind\n      federation {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;