export function App() {
  return <div>Stepwise</div>;
}
