import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage';
import { SignInPage } from '../features/auth/SignInPage';
import { AppLayout } from './AppLayout';
import { RequireRole } from './RequireRole';
import { RequireSession } from './RequireSession';
import { appRoutes } from './routes';
import { NotFound } from './states/NotFound';

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/connexion" element={<SignInPage />} />
        <Route path="/invitation/:token" element={<AcceptInvitationPage />} />
        <Route element={<RequireSession />}>
          <Route element={<AppLayout />}>
            {appRoutes.map(({ path, element, roles }) => (
              <Route key={path} path={path} element={<RequireRole roles={roles}>{element}</RequireRole>} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
